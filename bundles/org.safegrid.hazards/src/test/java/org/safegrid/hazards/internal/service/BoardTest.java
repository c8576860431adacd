package org.safegrid.hazards.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safegrid.hazards.internal.testing.Fixture.ADMIN;
import static org.safegrid.hazards.internal.testing.Fixture.BAISHIYI;
import static org.safegrid.hazards.internal.testing.Fixture.COMMITTEE;
import static org.safegrid.hazards.internal.testing.Fixture.ECONOMIC;
import static org.safegrid.hazards.internal.testing.Fixture.EMERGENCY;
import static org.safegrid.hazards.internal.testing.Fixture.HAITANG;
import static org.safegrid.hazards.internal.testing.Fixture.NOBODY;
import static org.safegrid.hazards.internal.testing.Fixture.PLANNING;
import static org.safegrid.hazards.internal.testing.Fixture.TODAY;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Page;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardSource;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.model.BoardFilter;
import org.safegrid.hazards.internal.model.BoardSort;
import org.safegrid.hazards.internal.model.HazardRecord;
import org.safegrid.hazards.internal.model.HazardStats;
import org.safegrid.hazards.internal.testing.Fixture;
import org.safegrid.hazards.internal.validation.FieldReader;

/**
 * The board's query on the real schema: the scope in the query, every filter, the orders, paging and the counts. Seven
 * hazards (h[1]..h[7]), made on {@link Fixture#TODAY} and seen two days later:
 * <ol>
 * <li>甲加油站 (emergency, baishiyi), general, deadline today+1: overdue</li>
 * <li>乙化工 (emergency + planning, haitang), general, today+5, rectifying</li>
 * <li>丙工地 (planning, baishiyi), major without fixes or deadline</li>
 * <li>丁工厂 (economic + emergency, haitang), general, today+0: overdue, awaiting verification</li>
 * <li>戊市场 (economic, haitang), general, today+1, closed (past its deadline but not overdue)</li>
 * <li>甲加油站, major with fixes, today+30, "Foo_Bar 100%" in the description</li>
 * <li>丙工地, general, today+10, from a tip-off</li>
 * </ol>
 */
class BoardTest {

    static Fixture f;
    static long[] h = new long[8];

    @BeforeAll
    static void seed() throws Exception {
        f = Fixture.shared();
        FieldReader zh = new FieldReader(false);
        h[1] = f.registry.report(Fixture.general(1, "消防通道堵塞", 1), ADMIN, "a").id();
        h[2] = f.registry.report(Fixture.general(2, "阀门锈蚀", 5), ADMIN, "a").id();
        f.transitions.rectify(h[2], null, null, ADMIN, "a", zh);
        h[3] = f.registry.report(Fixture.major(3, "深基坑无支护"), ADMIN, "a").id();
        h[4] = f.registry.report(Fixture.general(4, "配电箱无门", 0), ADMIN, "a").id();
        f.transitions.rectify(h[4], null, null, ADMIN, "a", zh);
        f.transitions.submit(h[4], null, "已加门", null, ADMIN, "a", zh);
        h[5] = f.registry.report(Fixture.general(5, "灭火器过期", 1), ADMIN, "a").id();
        f.transitions.rectify(h[5], null, null, ADMIN, "a", zh);
        f.transitions.submit(h[5], null, "已更换", null, ADMIN, "a", zh);
        f.transitions.verify(h[5], true, null, null, ADMIN, "b", zh);
        h[6] = f.registry.report(new org.safegrid.hazards.api.NewHazard(1, HazardSource.SELF_INSPECTION, null,
                "储罐 Foo_Bar 100% 泄漏", HazardLevel.MAJOR, null, Fixture.fixes(TODAY.plusDays(30))), ADMIN, "a").id();
        h[7] = f.registry.report(new org.safegrid.hazards.api.NewHazard(3, HazardSource.TIPOFF, "tipoff:88",
                "夜间违规施工", HazardLevel.GENERAL, TODAY.plusDays(10), null), ADMIN, "a").id();
        f.clock.advance(java.time.Duration.ofDays(2));
    }

    static List<Long> ids(DataScope scope, BoardFilter filter) {
        return f.registry.board(scope, filter, BoardSort.DEADLINE, 0, 100)
                .items()
                .stream()
                .map(r -> r.hazard().id())
                .sorted()
                .toList();
    }

    static List<Long> of(int... n) {
        return java.util.Arrays.stream(n).mapToObj(i -> h[i]).sorted().toList();
    }

    static BoardFilter filter(Long enterpriseId, String department, String village, HazardState state,
            HazardLevel level, Boolean overdue, String text) {
        return new BoardFilter(enterpriseId, department, village, state, level, null, overdue, text);
    }

    @Test
    void theScopeIsAppliedInTheQuery() {
        assertEquals(of(1, 2, 3, 4, 5, 6, 7), ids(ADMIN, BoardFilter.none()));
        assertEquals(of(1, 2, 3, 4, 5, 6, 7), ids(COMMITTEE, BoardFilter.none()));
        assertEquals(of(1, 2, 4, 6), ids(EMERGENCY, BoardFilter.none()));
        assertEquals(of(2, 3, 7), ids(PLANNING, BoardFilter.none()));
        assertEquals(of(4, 5), ids(ECONOMIC, BoardFilter.none()));
        assertEquals(of(1, 3, 6, 7), ids(BAISHIYI, BoardFilter.none()));
        assertEquals(of(2, 4, 5), ids(HAITANG, BoardFilter.none()));
        assertEquals(of(2, 3, 4, 5, 7), ids(DataScope.of(Set.of("dept-planning", "village-haitang")),
                BoardFilter.none()));
        assertEquals(List.of(), ids(NOBODY, BoardFilter.none()));
        assertEquals(0, f.registry.board(NOBODY, BoardFilter.none(), null, 0, 20).total());
    }

    @Test
    void aSingleHazardOutsideTheScopeIsNotFound() {
        assertEquals(true, f.registry.find(h[3], PLANNING).isPresent());
        assertEquals(false, f.registry.find(h[3], EMERGENCY).isPresent());
        assertEquals(false, f.registry.find(h[3], HAITANG).isPresent());
        assertEquals(false, f.registry.find(h[3], NOBODY).isPresent());
    }

    @Test
    void theFiltersNarrowTheScope() {
        assertEquals(of(1, 6), ids(ADMIN, filter(1L, null, null, null, null, null, null)));
        assertEquals(of(1, 2, 4, 6), ids(ADMIN, filter(null, "emergency", null, null, null, null, null)));
        assertEquals(of(2), ids(PLANNING, filter(null, "emergency", null, null, null, null, null)));
        assertEquals(of(2, 4, 5), ids(ADMIN, filter(null, null, "haitang", null, null, null, null)));
        assertEquals(of(2), ids(ADMIN, filter(null, null, null, HazardState.RECTIFYING, null, null, null)));
        assertEquals(of(3, 6), ids(ADMIN, filter(null, null, null, null, HazardLevel.MAJOR, null, null)));
        assertEquals(of(7), ids(ADMIN, new BoardFilter(null, null, null, null, null, HazardSource.TIPOFF, null,
                null)));
        assertEquals(of(4), ids(EMERGENCY, filter(null, null, "haitang", HazardState.AWAITING_VERIFICATION, null,
                null, null)));
    }

    @Test
    void overdueMeansOpenAndPastTheDeadline() {
        assertEquals(of(1, 4), ids(ADMIN, filter(null, null, null, null, null, true, null)));
        assertEquals(of(2, 3, 5, 6, 7), ids(ADMIN, filter(null, null, null, null, null, false, null)));
        assertEquals(of(4), ids(ECONOMIC, filter(null, null, null, null, null, true, null)));
        var rows = f.registry.board(ADMIN, BoardFilter.none(), BoardSort.DEADLINE, 0, 100).items();
        assertEquals(of(1, 4), rows.stream().filter(r -> r.hazard().overdue()).map(r -> r.hazard().id()).sorted()
                .toList());
    }

    @Test
    void theTextMatchesDescriptionEnterpriseAndReferenceLiterally() {
        assertEquals(of(1, 6), ids(ADMIN, filter(null, null, null, null, null, null, "甲加油")));
        assertEquals(of(6), ids(ADMIN, filter(null, null, null, null, null, null, "foo_bar 100%")));
        assertEquals(List.of(), ids(ADMIN, filter(null, null, null, null, null, null, "foo%bar")));
        assertEquals(of(7), ids(ADMIN, filter(null, null, null, null, null, null, "TIPOFF:88")));
        assertEquals(of(2), ids(ADMIN, filter(null, null, null, null, null, null, "阀门")));
    }

    @Test
    void theBoardIsSortedByDeadlineByDefaultWithoutDeadlinesLast() {
        List<Long> order = f.registry.board(ADMIN, BoardFilter.none(), BoardSort.DEADLINE, 0, 100).items()
                .stream().map(r -> r.hazard().id()).toList();
        // deadlines: 4 today, 1 and 5 today+1, 2 +5, 7 +10, 6 +30, 3 none
        assertEquals(List.of(h[4], h[1], h[5], h[2], h[7], h[6], h[3]), order);
        List<Long> reverse = f.registry.board(ADMIN, BoardFilter.none(), BoardSort.DEADLINE_DESC, 0, 100).items()
                .stream().map(r -> r.hazard().id()).toList();
        assertEquals(List.of(h[3], h[6], h[7], h[2], h[5], h[1], h[4]), reverse);
    }

    @Test
    void overdueFirstPutsTheOverdueOnesAhead() {
        List<Long> order = f.registry.board(ADMIN, BoardFilter.none(), BoardSort.OVERDUE, 0, 100).items()
                .stream().map(r -> r.hazard().id()).toList();
        assertEquals(List.of(h[4], h[1], h[5], h[2], h[7], h[6], h[3]).subList(0, 2), order.subList(0, 2));
        assertEquals(h[5], order.get(2), "the closed one past its deadline follows, by deadline");
    }

    @Test
    void pagesAreCutOnTheServerWithTheTotal() {
        Page<HazardRecord> second = f.registry.board(ADMIN, BoardFilter.none(), BoardSort.DEADLINE, 1, 3);
        assertEquals(7, second.total());
        assertEquals(List.of(h[2], h[7], h[6]), second.items().stream().map(r -> r.hazard().id()).toList());
        Page<HazardRecord> beyond = f.registry.board(ADMIN, BoardFilter.none(), BoardSort.DEADLINE, 5, 3);
        assertEquals(List.of(), beyond.items());
        assertEquals(7, beyond.total());
    }

    @Test
    void statsCountByStateAndLevelWithTheOverdueInScope() {
        HazardStats all = f.registry.stats(ADMIN, BoardFilter.none());
        assertEquals(7, all.total());
        assertEquals(6, all.open());
        assertEquals(2, all.overdue());
        assertEquals(Map.of(HazardState.REPORTED, 4L, HazardState.RECTIFYING, 1L,
                HazardState.AWAITING_VERIFICATION, 1L, HazardState.CLOSED, 1L), all.byState());
        assertEquals(Map.of(HazardLevel.GENERAL, 5L, HazardLevel.MAJOR, 2L), all.byLevel());
        assertEquals(Map.of(HazardLevel.GENERAL, 4L, HazardLevel.MAJOR, 2L), all.openByLevel());

        HazardStats economic = f.registry.stats(ECONOMIC, BoardFilter.none());
        assertEquals(2, economic.total());
        assertEquals(1, economic.overdue());
        assertEquals(1L, economic.byState().get(HazardState.CLOSED));
        assertEquals(0L, economic.byState().get(HazardState.REPORTED));

        HazardStats baishiyi = f.registry.stats(ADMIN, filter(null, null, "baishiyi", null, null, null, null));
        assertEquals(4, baishiyi.total());
        assertEquals(1, baishiyi.overdue());
        assertEquals(0, f.registry.stats(NOBODY, BoardFilter.none()).total());
    }
}
