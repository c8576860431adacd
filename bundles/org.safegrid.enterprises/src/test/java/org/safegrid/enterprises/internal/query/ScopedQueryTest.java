package org.safegrid.enterprises.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Contact;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseInput;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.Page;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.enterprises.internal.testing.Errors;
import org.safegrid.enterprises.internal.testing.Fixtures;
import org.safegrid.enterprises.internal.testing.Registry;

/**
 * The scoped queries on the real schema. Seven enterprises:
 * <ol>
 * <li>emergency, 白市驿村, red, 5 staff, high fire risk</li>
 * <li>emergency + planning, 海棠村, orange, 40 staff</li>
 * <li>planning, 白市驿村, yellow, 100 staff, major hazard and special equipment</li>
 * <li>economic + emergency, 海棠村, blue, 29 staff, suspended</li>
 * <li>economic, 海棠村, blue, 30 staff, closed</li>
 * <li>planning, 海棠村, red, 0 staff, "Foo_Bar 100% 建材"</li>
 * <li>economic, 白市驿村, orange, 8 staff, above scale</li>
 * </ol>
 */
class ScopedQueryTest {

    static Registry registry;
    static Enterprise[] e = new Enterprise[8];

    static final DataScope ADMIN = DataScope.of(Set.of("admin"));
    static final DataScope COMMITTEE = DataScope.of(Set.of("committee"));
    static final DataScope EMERGENCY = DataScope.of(Set.of("dept-emergency"));
    static final DataScope PLANNING = DataScope.of(Set.of("dept-planning"));
    static final DataScope HAITANG = DataScope.of(Set.of("village-haitang"));
    static final DataScope NOBODY = DataScope.of(Set.of("someone-else"));

    @BeforeAll
    static void seed() throws Exception {
        registry = Registry.shared();
        registry.reset();
        e[1] = add(1, "甲加油站", "baishiyi", "emergency", null, RiskLevel.RED, 5, EnterpriseStatus.OPERATING,
                EnterpriseFlag.HIGH_FIRE_RISK);
        e[2] = add(2, "乙化工", "haitang", "emergency", "planning", RiskLevel.ORANGE, 40, EnterpriseStatus.OPERATING);
        e[3] = add(3, "丙工地", "baishiyi", "planning", null, RiskLevel.YELLOW, 100, EnterpriseStatus.OPERATING,
                EnterpriseFlag.MAJOR_HAZARD_SOURCE, EnterpriseFlag.SPECIAL_EQUIPMENT);
        e[4] = add(4, "丁工厂", "haitang", "economic", "emergency", RiskLevel.BLUE, 29, EnterpriseStatus.SUSPENDED);
        e[5] = add(5, "戊市场", "haitang", "economic", null, RiskLevel.BLUE, 30, EnterpriseStatus.CLOSED);
        e[6] = add(6, "Foo_Bar 100% 建材", "haitang", "planning", null, RiskLevel.RED, 0, EnterpriseStatus.OPERATING);
        e[7] = add(7, "庚商场", "baishiyi", "economic", null, RiskLevel.ORANGE, 8, EnterpriseStatus.OPERATING,
                EnterpriseFlag.ABOVE_SCALE);
    }

    static Enterprise add(int serial, String name, String village, String department, String second, RiskLevel risk,
            int staff, EnterpriseStatus status, EnterpriseFlag... flags) {
        EnterpriseInput in = new EnterpriseInput(Fixtures.creditCode(serial), name, "地址 " + serial, village,
                "factory", department, second, staff, status, risk, Set.of(flags),
                List.of(new Contact("联系人" + serial, null, "1381234567" + serial)), null);
        return registry.enterprises.create(in, DataScope.everything(), "tester", false);
    }

    static EnterpriseQuery query(String text, String village, String department, RiskLevel risk,
            EnterpriseStatus status, Set<EnterpriseFlag> flags, Boolean small) {
        return new EnterpriseQuery(text, village, department, null, risk, status, flags, small, 0, 50, null);
    }

    static List<Long> ids(DataScope scope, EnterpriseQuery query) {
        return registry.enterprises.find(query, scope).items().stream().map(Enterprise::id).sorted().toList();
    }

    static List<Long> ids(DataScope scope) {
        return ids(scope, EnterpriseQuery.all());
    }

    static List<Long> of(int... which) {
        return java.util.Arrays.stream(which).mapToObj(i -> e[i].id()).sorted().toList();
    }

    @Test
    void adminAndCommitteeSeeEverything() {
        assertEquals(of(1, 2, 3, 4, 5, 6, 7), ids(ADMIN));
        assertEquals(of(1, 2, 3, 4, 5, 6, 7), ids(COMMITTEE));
    }

    @Test
    void aDepartmentSeesWhatItRegulatesFirstOrSecond() {
        assertEquals(of(1, 2, 4), ids(EMERGENCY));
        assertEquals(of(2, 3, 6), ids(PLANNING));
        assertEquals(of(1, 2, 3, 4, 6), ids(DataScope.of(Set.of("dept-emergency", "dept-planning"))));
    }

    @Test
    void aVillageSeesItsVillageAndNobodySeesNothing() {
        assertEquals(of(2, 4, 5, 6), ids(HAITANG));
        assertEquals(List.of(), ids(NOBODY));
        assertEquals(0, registry.enterprises.find(EnterpriseQuery.all(), NOBODY).total());
    }

    @Test
    void getAnswersOnlyInsideTheScope() {
        assertTrue(registry.enterprises.get(e[3].id(), PLANNING).isPresent());
        assertTrue(registry.enterprises.get(e[3].id(), EMERGENCY).isEmpty(), "outside the scope is not found");
        assertTrue(registry.enterprises.get(e[3].id(), HAITANG).isEmpty());
        assertTrue(registry.enterprises.get(e[5].id(), HAITANG).isPresent());
        assertTrue(registry.enterprises.get(999_999, ADMIN).isEmpty());
        assertEquals(e[3].id(), registry.enterprises.byCreditCode(" " + Fixtures.creditCode(3).toLowerCase())
                .orElseThrow()
                .id(), "by credit code, whatever the scope");
    }

    @Test
    void filtersAreAndedToTheScope() {
        assertEquals(of(1, 2, 4), ids(ADMIN, query(null, null, "emergency", null, null, Set.of(), null)),
                "department matches first or second");
        assertEquals(of(2, 4), ids(EMERGENCY, query(null, "haitang", null, null, null, Set.of(), null)));
        assertEquals(of(4), ids(EMERGENCY, query(null, null, "economic", null, null, Set.of(), null)),
                "a filter never widens the scope");
        assertEquals(List.of(), ids(HAITANG, query(null, "baishiyi", null, null, null, Set.of(), null)));
        assertEquals(of(1, 6), ids(ADMIN, query(null, null, null, RiskLevel.RED, null, Set.of(), null)));
        assertEquals(of(4), ids(ADMIN, query(null, null, null, null, EnterpriseStatus.SUSPENDED, Set.of(), null)));
        assertEquals(of(3), ids(ADMIN, query(null, null, null, null, null,
                Set.of(EnterpriseFlag.MAJOR_HAZARD_SOURCE, EnterpriseFlag.SPECIAL_EQUIPMENT), null)));
        assertEquals(List.of(), ids(ADMIN, query(null, null, null, null, null,
                Set.of(EnterpriseFlag.MAJOR_HAZARD_SOURCE, EnterpriseFlag.ABOVE_SCALE), null)), "all flags must match");
        assertEquals(of(1, 4, 6, 7), ids(ADMIN, query(null, null, null, null, null, Set.of(), true)),
                "small: fewer than 30 staff");
        assertEquals(of(2, 3, 5), ids(ADMIN, query(null, null, null, null, null, Set.of(), false)));
        assertEquals(of(4), ids(ADMIN, new EnterpriseQuery(null, null, null, "factory", null, null, Set.of(), true, 0,
                10, null)).stream().filter(id -> id.equals(e[4].id())).toList());
    }

    @Test
    void textMatchesNameCodeAndAddressLiterally() {
        assertEquals(of(1), ids(ADMIN, query("加油", null, null, null, null, Set.of(), null)));
        assertEquals(of(6), ids(ADMIN, query("foo_bar", null, null, null, null, Set.of(), null)), "case-insensitive");
        assertEquals(of(6), ids(ADMIN, query("100%", null, null, null, null, Set.of(), null)),
                "% and _ are literal characters");
        assertEquals(List.of(), ids(ADMIN, query("o%b", null, null, null, null, Set.of(), null)),
                "unescaped, % would match anything");
        String code = Fixtures.creditCode(5);
        assertEquals(of(5), ids(ADMIN, query(code.substring(9).toLowerCase(), null, null, null, null, Set.of(), null)));
        assertEquals(of(7), ids(ADMIN, query("地址 7", null, null, null, null, Set.of(), null)));
    }

    @Test
    void pagesAndSorts() {
        Page<Enterprise> first = registry.enterprises.find(new EnterpriseQuery(null, null, null, null, null, null,
                Set.of(), null, 0, 3, "-staffCount"), ADMIN);
        assertEquals(7, first.total());
        assertEquals(List.of(100, 40, 30), first.items().stream().map(Enterprise::staffCount).toList());
        Page<Enterprise> last = registry.enterprises.find(new EnterpriseQuery(null, null, null, null, null, null,
                Set.of(), null, 2, 3, "-staffCount"), ADMIN);
        assertEquals(List.of(0), last.items().stream().map(Enterprise::staffCount).toList());
        assertEquals(List.of(), registry.enterprises.find(new EnterpriseQuery(null, null, null, null, null, null,
                Set.of(), null, 9, 3, null), ADMIN).items());

        List<RiskLevel> bySeverity = registry.enterprises.find(new EnterpriseQuery(null, null, null, null, null, null,
                Set.of(), null, 0, 10, "-riskLevel"), ADMIN).items().stream().map(Enterprise::riskLevel).toList();
        assertEquals(List.of(RiskLevel.RED, RiskLevel.RED, RiskLevel.ORANGE, RiskLevel.ORANGE, RiskLevel.YELLOW,
                RiskLevel.BLUE, RiskLevel.BLUE), bySeverity);
        assertEquals(List.of("contacts come along"), registry.enterprises.find(EnterpriseQuery.all(), ADMIN)
                .items()
                .stream()
                .filter(x -> x.contacts().size() == 1)
                .map(x -> "contacts come along")
                .distinct()
                .toList());
    }

    @Test
    void badPagingAndSortAreRefused() {
        Errors.expect(Kind.BAD_REQUEST, "bad_sort", () -> registry.enterprises.find(new EnterpriseQuery(null, null,
                null, null, null, null, Set.of(), null, 0, 10, "address"), ADMIN));
        Errors.expect(Kind.BAD_REQUEST, "bad_size", () -> registry.enterprises.find(new EnterpriseQuery(null, null,
                null, null, null, null, Set.of(), null, 0, 201, null), ADMIN));
        Errors.expect(Kind.BAD_REQUEST, "bad_page", () -> registry.enterprises.find(new EnterpriseQuery(null, null,
                null, null, null, null, Set.of(), null, -1, 10, null), ADMIN));
    }

    @Test
    void exportIdsFollowTheSortAndLoadKeepsTheirOrder() {
        List<Long> ids = registry.enterprises.matchingIds(new EnterpriseQuery(null, null, null, null, null, null,
                Set.of(), null, 0, 1, "staffCount"), EMERGENCY);
        assertEquals(List.of(e[1].id(), e[4].id(), e[2].id()), ids, "every match, paging ignored");
        assertEquals(ids, registry.enterprises.load(ids, EMERGENCY).stream().map(Enterprise::id).toList());
        assertEquals(List.of(e[1].id()), registry.enterprises.load(List.of(e[3].id(), e[1].id()), EMERGENCY)
                .stream()
                .map(Enterprise::id)
                .toList(), "load applies the scope too");
        assertEquals(3, registry.enterprises.profiles(EnterpriseQuery.all(), EMERGENCY).size());
    }
}
