package org.safegrid.plates.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.plate.PlateRoleContributor;
import org.safegrid.api.plate.PlateRoleRequirement;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.plates.api.Plate;
import org.safegrid.plates.api.RoleStatus;
import org.safegrid.plates.internal.dto.PersonInput;
import org.safegrid.plates.internal.dto.PlateInput;
import org.safegrid.plates.internal.events.PlatePublisher;
import org.safegrid.plates.internal.roles.RoleCatalogs;
import org.safegrid.plates.internal.testing.Errors;
import org.safegrid.plates.internal.testing.FakeEnterprises;
import org.safegrid.plates.internal.testing.Fixture;

/** The plate service over Derby and a fake registry: scope, editing rights, completeness, the incomplete list. */
class PlatesTest {

    static final DataScope ALL = DataScope.everything();
    static final DataScope EMERGENCY = DataScope.of(Set.of("dept-emergency"));
    static final DataScope VILLAGE = DataScope.of(Set.of("village-baishiyi"));

    static final List<Map.Entry<Map<String, Object>, PlateRoleContributor>> CONTRIBUTORS = new ArrayList<>();
    static Fixture f;

    @BeforeAll
    static void start() throws Exception {
        PlateRoleContributor gas = e -> "gas".equals(e.sector())
                ? List.of(PlateRoleRequirement.single("gas-officer", LocalizedText.of("燃气专管员", "Gas officer")))
                : List.of();
        PlateRoleContributor safety = e -> List
                .of(PlateRoleRequirement.single("safety-officer", LocalizedText.of("安全员", "Safety officer")));
        CONTRIBUTORS.add(Map.entry(Map.of(Constants.SERVICE_ID, 1L, PlateRoleContributor.DEPARTMENT_PROPERTY,
                "economic"), safety));
        CONTRIBUTORS.add(Map.entry(Map.of(Constants.SERVICE_ID, 2L, PlateRoleContributor.DEPARTMENT_PROPERTY,
                "planning"), gas));
        f = new Fixture("plates-service", CONTRIBUTORS);
        f.enterprises.add(1, "emergency", RiskLevel.BLUE);
        f.enterprises.add(2, "emergency", RiskLevel.RED, EnterpriseFlag.HIGH_FIRE_RISK);
        f.enterprises.add(3, "economic", null, "other-village", RiskLevel.YELLOW);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void clear() throws Exception {
        f.unit.clear();
    }

    static PersonInput p(String role, String name) {
        return new PersonInput(null, role, name, "主任", "13812345678", null, role.equals("post-lead") ? "储罐区" : null);
    }

    static PlateInput input(long version, PersonInput... persons) {
        return new PlateInput(version, List.of(persons));
    }

    @Test
    void aPlateNeverChangedMissesEveryRole() {
        Plate plate = f.plates.plate(2, ALL).orElseThrow();
        assertEquals(FakeEnterprises.creditCode(2), plate.creditCode());
        assertEquals("企业2", plate.enterpriseName());
        assertEquals(List.of("regulator", "town-official", "enterprise-head", "special-regulator", "management-lead",
                "technical-lead", "operation-lead", "post-lead"), plate.missing());
        assertEquals(0, plate.version());
        assertFalse(plate.complete());
    }

    @Test
    void theScopeDecidesWhatIsSeen() {
        assertTrue(f.plates.plate(1, EMERGENCY).isPresent());
        assertTrue(f.plates.plate(3, EMERGENCY).isEmpty(), "another department's enterprise");
        assertTrue(f.plates.plate(1, VILLAGE).isPresent());
        assertTrue(f.plates.plate(3, VILLAGE).isEmpty(), "another village");
        assertTrue(f.plates.plate(404, ALL).isEmpty());
    }

    @Test
    void savingAPlateMakesItComplete() {
        Plate saved = f.plates.replace(1, input(0, p("regulator", "王"), p("town-official", "刘"),
                p("enterprise-head", "张")), EMERGENCY, "clerk", "zh-CN");
        assertTrue(saved.complete());
        assertEquals(1, saved.version());
        assertEquals(List.of(1, 1, 1), saved.roles().stream().map(RoleStatus::count).toList());
        assertEquals(saved, f.plates.plate(1, VILLAGE).orElseThrow());
    }

    @Test
    void theRightToChangeAPlate() {
        PlateInput valid = input(0, p("regulator", "王"));
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> f.plates.replace(1, valid, VILLAGE, "grid", "zh-CN"));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> f.plates.replace(3, valid, EMERGENCY, "clerk", "zh-CN"));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> f.plates.replace(404, valid, ALL, "admin", "zh-CN"));
        assertEquals(0, f.plates.plate(1, ALL).orElseThrow().version(), "nothing was written");
    }

    @Test
    void aStaleVersionIs409WithTheCurrentVersion() {
        f.plates.replace(1, input(0, p("regulator", "王")), ALL, "a", "en");
        var e = Errors.expect(Kind.CONFLICT, "stale",
                () -> f.plates.replace(1, input(0, p("regulator", "李")), ALL, "b", "en"));
        assertEquals(Map.of("expected", 0L, "current", 1L), e.details());
        assertEquals("王", f.plates.plate(1, ALL).orElseThrow().persons().get(0).name());
    }

    @Test
    void rolesTheEnterpriseDoesNotRequire() {
        // a platform role is always allowed, a contributed one once known, anything else never
        Plates plates = new Plates(f.enterprises, RoleCatalogs.of(CONTRIBUTORS), f.store, PlatePublisher.of(null)); // knows nothing yet
        plates.replace(1, input(0, p("post-lead", "岗")), ALL, "a", "en");
        var fields = Errors.fields(() -> plates.replace(1, input(1, p("mayor", "市长")), ALL, "a", "en"));
        assertEquals("is not a known plate role: mayor", fields.get("persons[0].role"));
        Errors.fields(() -> plates.replace(1, input(1, p("safety-officer", "安")), ALL, "a", "en"));
        plates.plate(3, ALL); // the economic office's contributor requires safety-officer of enterprise 3
        Plate saved = plates.replace(1, input(1, p("post-lead", "岗"), p("safety-officer", "安")), ALL, "a", "en");
        assertEquals(List.of("post-lead", "safety-officer"),
                saved.persons().stream().map(x -> x.role()).toList());
        assertEquals(List.of("regulator", "town-official", "enterprise-head"), saved.missing(), "still required");
    }

    @Test
    void contributedRolesAreRequiredOfTheirDepartmentsEnterprises() {
        Plate plate = f.plates.plate(3, ALL).orElseThrow();
        RoleStatus safety = plate.roles().get(3);
        assertEquals(new RoleStatus("safety-officer", "安全员", "Safety officer", false, "economic", 0), safety);
        assertTrue(plate.missing().contains("safety-officer"));
        assertEquals(List.of("regulator", "town-official", "enterprise-head"),
                f.plates.requiredRoles(f.enterprises.profile(f.enterprises.get(1, ALL).orElseThrow()))
                        .stream()
                        .map(PlateRoleRequirement::code)
                        .toList());
    }

    @Test
    void thePublicPlateByCreditCode() {
        String code = FakeEnterprises.creditCode(2);
        assertEquals(2, f.plates.publicPlate(" " + code.toLowerCase() + " ").orElseThrow().enterpriseId());
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        assertTrue(f.plates.publicPlate(code.substring(0, 17) + wrong).isEmpty(), "a wrong check character");
        assertTrue(f.plates.publicPlate(FakeEnterprises.creditCode(999)).isEmpty(), "not registered");
        assertTrue(f.plates.publicPlate(null).isEmpty());
    }

    @Test
    void knownRolesAskTheContributorsAboutTheEnterprisesInScope() {
        assertTrue(f.plates.knownRole("gas-officer", ALL).isEmpty(), "no gas enterprise");
        assertEquals("economic", f.plates.knownRole("safety-officer", ALL).orElseThrow().source());
        assertTrue(f.plates.knownRoles(ALL).stream().anyMatch(r -> r.code().equals("safety-officer")));
    }

    @Test
    void theIncompleteListPagesInMemory() {
        f.plates.replace(1, input(0, p("regulator", "王"), p("town-official", "刘"), p("enterprise-head", "张")), ALL,
                "a", "en");
        f.plates.replace(2, input(0, p("regulator", "王"), p("post-lead", "岗")), ALL, "a", "en");

        var page = f.plates.incomplete(query(0, 20), ALL);
        assertEquals(2, page.total());
        assertEquals(List.of(2L, 3L), page.items().stream().map(Plate::enterpriseId).toList());
        Plate two = page.items().get(0);
        assertEquals(2, two.persons().size(), "the page's plates are loaded in full");
        assertEquals(1, two.version());
        assertEquals(List.of("town-official", "enterprise-head", "special-regulator", "management-lead",
                "technical-lead", "operation-lead"), two.missing());

        assertEquals(List.of(3L), f.plates.incomplete(query(1, 1), ALL).items().stream()
                .map(Plate::enterpriseId).toList());
        assertEquals(List.of(), f.plates.incomplete(query(5, 1), ALL).items());
        assertEquals(List.of(2L), f.plates.incomplete(query(0, 20), EMERGENCY).items().stream()
                .map(Plate::enterpriseId).toList(), "the scope applies");
    }

    static EnterpriseQuery query(int page, int size) {
        return new EnterpriseQuery(null, null, null, null, null, null, Set.of(), null, page, size, null);
    }

    @Test
    void tenThousandEnterprisesInAFixedNumberOfQueries() throws Exception {
        Fixture big = new Fixture("plates-10k", List.of());
        try {
            List<Long> complete = new ArrayList<>();
            for (long id = 1; id <= 10_000; id++) {
                big.enterprises.add(id, "emergency", id % 10 == 0 ? RiskLevel.RED : RiskLevel.BLUE);
                if (id % 2 == 0 && id % 10 != 0) {
                    complete.add(id);
                }
            }
            for (long id : complete.subList(0, 20)) { // a few saved the ordinary way
                big.plates.replace(id, input(0, p("regulator", "王"), p("town-official", "刘"),
                        p("enterprise-head", "张")), ALL, "a", "en");
            }
            try (var c = big.unit.dataSource.getConnection();
                    var s = c.prepareStatement(
                            "INSERT INTO SG_PLT_PERSON (ENTERPRISE_ID, ROLE_CODE, NAME, PHONE, SORT_ORDER) VALUES (?,?,?,?,?)")) {
                for (long id : complete.subList(20, complete.size())) {
                    for (String role : List.of("regulator", "town-official", "enterprise-head")) {
                        s.setLong(1, id);
                        s.setString(2, role);
                        s.setString(3, "某人");
                        s.setString(4, "13812345678");
                        s.setInt(5, 0);
                        s.addBatch();
                    }
                }
                s.executeBatch();
            }
            big.jpa.calls.set(0);
            big.enterprises.profileCalls.set(0);
            long start = System.nanoTime();
            var page = big.plates.incomplete(query(3, 50), ALL);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertEquals(10_000 - complete.size(), page.total());
            assertEquals(50, page.items().size());
            assertEquals(1, big.enterprises.profileCalls.get(), "one call to the registry");
            assertEquals(2, big.jpa.calls.get(), "the role counts, then the page's plates");
            assertTrue(page.items().stream().noneMatch(Plate::complete));
            assertTrue(millis < 5_000, "took " + millis + " ms");
        } finally {
            big.close();
        }
    }
}
