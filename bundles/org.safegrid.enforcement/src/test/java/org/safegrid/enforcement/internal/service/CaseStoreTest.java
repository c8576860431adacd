package org.safegrid.enforcement.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.api.CaseAction;
import org.safegrid.enforcement.api.CaseQuery;
import org.safegrid.enforcement.api.CaseState;
import org.safegrid.enforcement.api.CaseStep;
import org.safegrid.enforcement.api.EnforcementCase;
import org.safegrid.enforcement.internal.persistence.CaseEntity;
import org.safegrid.enforcement.internal.persistence.EnterpriseColumns;
import org.safegrid.enforcement.internal.persistence.StepEntity;
import org.safegrid.enforcement.internal.testing.TownClock;
import org.safegrid.enterprises.api.Page;
import org.safegrid.testing.DerbyUnit;

/** Cases on the real change log: repeat offences found in the database at the window's edge, stale steps, lists. */
class CaseStoreTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final EnterpriseColumns FUEL = new EnterpriseColumns(1, "加油站", "emergency", "citymgmt", "baishiyi",
            "emergency");
    static final EnterpriseColumns FARM = new EnterpriseColumns(2, "农机站", "agriculture", null, "qinglong",
            "agriculture");

    static DerbyUnit unit;
    static CaseStore store;
    static RepeatStore repeats;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("enforcement-cases", DerbyUnit.ENFORCEMENT);
        store = new CaseStore(unit.jpa(), new TownClock(TODAY));
        repeats = new RepeatStore(unit.jpa());
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @BeforeEach
    void clear() throws Exception {
        unit.clear();
    }

    static CaseStore.Opened open(EnterpriseColumns enterprise, String kind) {
        return store.open(new CaseEntity(enterprise, null, kind, "描述", TODAY.plusDays(10), TODAY,
                new TownClock(TODAY).instant(), "clerk"), 365);
    }

    static void openedOn(long caseId, LocalDate day) throws Exception {
        unit.execute("UPDATE SG_ENF_CASE SET OPENED_ON = DATE('" + day + "') WHERE ID = " + caseId);
    }

    @Test
    void theChangeLogIsApplied() {
        assertEquals(List.of("enforcement-1", "enforcement-2", "enforcement-3", "enforcement-4", "enforcement-5"),
                unit.changeSets);
    }

    @Test
    void openingRecordsTheOrderOnTheTimeline() {
        CaseStore.Opened opened = open(FUEL, "fire-exit-blocked");
        assertNull(opened.repeat());
        CaseEntity c = store.find(opened.opened().getId()).orElseThrow();
        assertEquals(CaseState.ORDERED, c.getState());
        assertFalse(c.isAggravated());
        assertNull(c.getReinspection());
        assertNull(c.getPenalty());
        assertNull(c.getDailyPenalty());
        List<CaseStep> timeline = store.timeline(c.getId());
        assertEquals(1, timeline.size());
        assertEquals(CaseAction.ORDER_ISSUED, timeline.get(0).action());
        assertEquals("deadline=2026-12-08", timeline.get(0).summary());
        assertEquals("clerk", timeline.get(0).by());
    }

    @Test
    void anEarlierCaseOfTheSameKindExactlyAWindowBackMakesARepeat() throws Exception {
        long first = open(FUEL, "fire-exit-blocked").opened().getId();
        openedOn(first, TODAY.minusDays(365));
        CaseStore.Opened second = open(FUEL, "fire-exit-blocked");
        assertNotNull(second.repeat());
        assertEquals(TODAY.plusDays(365), second.repeat().getWindowEnd());
        CaseEntity c = store.find(second.opened().getId()).orElseThrow();
        assertTrue(c.isAggravated());
        assertEquals(first, c.getRepeatOfCaseId());
        assertEquals(List.of(CaseAction.ORDER_ISSUED, CaseAction.REPEAT_FLAGGED),
                store.timeline(c.getId()).stream().map(CaseStep::action).toList());
        assertEquals(1, unit.count("SELECT COUNT(*) FROM SG_ENF_REPEAT WHERE CASE_ID = " + c.getId()
                + " AND EARLIER_CASE_ID = " + first));
        assertEquals(TODAY.plusDays(365), repeats.activeUntil(1, TODAY).orElseThrow());
        assertEquals(TODAY.plusDays(365), repeats.activeUntil(1, TODAY.plusDays(365)).orElseThrow());
        assertTrue(repeats.activeUntil(1, TODAY.plusDays(366)).isEmpty());
        assertTrue(repeats.activeUntil(2, TODAY).isEmpty());
    }

    @Test
    void oneDayOutsideTheWindowIsNoRepeat() throws Exception {
        long first = open(FUEL, "fire-exit-blocked").opened().getId();
        openedOn(first, TODAY.minusDays(366));
        assertNull(open(FUEL, "fire-exit-blocked").repeat());
        assertEquals(0, unit.count("SELECT COUNT(*) FROM SG_ENF_REPEAT"));
    }

    @Test
    void anotherKindOrAnotherEnterpriseIsNoRepeat() throws Exception {
        open(FUEL, "fire-exit-blocked");
        assertNull(open(FUEL, "extinguisher-expired").repeat());
        assertNull(open(FARM, "fire-exit-blocked").repeat());
        assertEquals(0, unit.count("SELECT COUNT(*) FROM SG_ENF_REPEAT"));
    }

    @Test
    void aThirdCaseRepeatsTheLatestEarlierOne() {
        open(FUEL, "k");
        long second = open(FUEL, "k").opened().getId();
        CaseEntity third = store.find(open(FUEL, "k").opened().getId()).orElseThrow();
        assertEquals(second, third.getRepeatOfCaseId());
    }

    @Test
    void aStepOnAStaleVersionChangesNothing() throws Exception {
        CaseEntity c = open(FUEL, "k").opened();
        CaseStore.Change change = (e, now) -> {
            e.state(CaseState.REINSPECTED_NOT_RECTIFIED, now);
            return new StepEntity(e.getId(), CaseAction.REINSPECTED, CaseState.REINSPECTED_NOT_RECTIFIED, now, "x",
                    null, null);
        };
        assertTrue(store.apply(c.getId(), c.getVersion() + 1, change).isEmpty());
        assertEquals(CaseState.ORDERED, store.find(c.getId()).orElseThrow().getState());
        assertTrue(store.apply(c.getId(), c.getVersion(), change).isPresent());
        // the same version again: someone else took the step first
        assertTrue(store.apply(c.getId(), c.getVersion(), change).isEmpty());
        assertEquals(2, store.timeline(c.getId()).size());
        assertTrue(store.apply(999_999, 0, change).isEmpty());
    }

    @Test
    void twoStepsAtOnceOnTheSameVersionLetOnlyOneThrough() throws Exception {
        CaseEntity c = open(FUEL, "k").opened();
        CyclicBarrier bothRead = new CyclicBarrier(2);
        CaseStore.Change change = (e, now) -> {
            try {
                bothRead.await(10, TimeUnit.SECONDS); // both transactions have read the case at its version
            } catch (Exception failure) {
                throw new IllegalStateException(failure);
            }
            e.state(CaseState.REINSPECTED_NOT_RECTIFIED, now);
            return new StepEntity(e.getId(), CaseAction.REINSPECTED, CaseState.REINSPECTED_NOT_RECTIFIED, now, "x",
                    null, null);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<CaseEntity>> one = pool.submit(() -> store.apply(c.getId(), c.getVersion(), change));
            Future<Optional<CaseEntity>> two = pool.submit(() -> store.apply(c.getId(), c.getVersion(), change));
            int through = (one.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0)
                    + (two.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0);
            assertEquals(1, through);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, store.timeline(c.getId()).size());
        assertEquals(1, unit.count("SELECT COUNT(*) FROM SG_ENF_STEP WHERE ACTION = 'REINSPECTED'"));
    }

    @Test
    void listsApplyTheScopeInTheQuery() {
        open(FUEL, "a");
        open(FARM, "b");
        assertEquals(2, list(DataScope.everything(), null).total());
        // the second regulating department sees the case too
        assertEquals(List.of("a"), kinds(list(DataScope.of(Set.of("dept-citymgmt")), null)));
        assertEquals(List.of("b"), kinds(list(DataScope.of(Set.of("village-qinglong")), null)));
        assertEquals(2, list(DataScope.of(Set.of("dept-emergency", "village-qinglong")), null).total());
        assertEquals(0, list(DataScope.of(Set.of()), null).total());
        assertEquals(0, list(DataScope.of(Set.of("dept-planning")), null).total());
    }

    @Test
    void listFilters() throws Exception {
        long a = open(FUEL, "fire-exit-blocked").opened().getId();
        open(FUEL, "fire-exit-blocked"); // repeats a: aggravated
        long c = open(FARM, "other").opened().getId();
        openedOn(a, TODAY.minusDays(40));
        unit.execute("UPDATE SG_ENF_CASE SET STATE = 'RECTIFIED' WHERE ID = " + c);
        DataScope all = DataScope.everything();
        assertEquals(1, list(all, new CaseQuery(null, null, null, null, null, true, null, null, null, 0, 20)).total());
        assertEquals(2, list(all, new CaseQuery(null, null, null, null, "Fire Exit Blocked", null, null, null, null,
                0, 20)).total());
        assertEquals(2, list(all, new CaseQuery(null, null, null, null, null, null, true, null, null, 0, 20)).total());
        assertEquals(1,
                list(all, new CaseQuery(null, null, null, null, null, null, false, null, null, 0, 20)).total());
        assertEquals(1, list(all, new CaseQuery(null, null, null, CaseState.RECTIFIED, null, null, null, null, null,
                0, 20)).total());
        assertEquals(1, list(all, new CaseQuery(null, "citymgmt", null, null, null, null, null, TODAY.minusDays(1),
                null, 0, 20)).total());
        assertEquals(1, list(all, new CaseQuery(2L, null, "qinglong", null, null, null, null, null, null, 0, 20))
                .total());
        assertEquals(1, list(all, new CaseQuery(null, null, null, null, null, null, null, null, TODAY.minusDays(1),
                0, 20)).total());
    }

    @Test
    void pagesLatestFirst() throws Exception {
        for (int i = 0; i < 5; i++) {
            open(FUEL, "k" + i);
        }
        Page<EnforcementCase> first = list(DataScope.everything(),
                new CaseQuery(null, null, null, null, null, null, null, null, null, 0, 2));
        assertEquals(5, first.total());
        assertEquals(List.of("k4", "k3"), kinds(first));
        assertEquals(List.of("k0"), kinds(list(DataScope.everything(),
                new CaseQuery(null, null, null, null, null, null, null, null, null, 2, 2))));
        assertEquals(List.of(), kinds(list(DataScope.everything(),
                new CaseQuery(null, null, null, null, null, null, null, null, null, 9, 2))));
    }

    static Page<EnforcementCase> list(DataScope scope, CaseQuery query) {
        CaseQuery q = query != null
                ? query
                : new CaseQuery(null, null, null, null, null, null, null, null, null, 0, 20);
        return store.list(q, scope, e -> CaseMapper.toCase(e, TODAY));
    }

    static List<String> kinds(Page<EnforcementCase> page) {
        return page.items().stream().map(EnforcementCase::violationKind).toList();
    }
}
