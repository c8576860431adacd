package org.safegrid.enforcement.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.api.ComplianceSnapshot;
import org.safegrid.enforcement.api.Inspection;
import org.safegrid.enforcement.api.InspectionKind;
import org.safegrid.enforcement.api.InspectionQuery;
import org.safegrid.enforcement.internal.persistence.EnterpriseColumns;
import org.safegrid.enforcement.internal.testing.TownClock;
import org.safegrid.testing.DerbyUnit;

/** Inspections on the real change log: the compliance snapshot as stored, scoped lists, linked hazards. */
class InspectionStoreTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final EnterpriseColumns FUEL = new EnterpriseColumns(1, "加油站", "emergency", "citymgmt", "baishiyi",
            "citymgmt");
    static final EnterpriseColumns FARM = new EnterpriseColumns(2, "农机站", "agriculture", null, "qinglong",
            "agriculture");
    static final ComplianceSnapshot SNAPSHOT = ComplianceSnapshot.of(TODAY.minusDays(30), TODAY.minusDays(1),
            ComplianceSnapshot.Tally.of(30, 24), ComplianceSnapshot.Tally.of(4, 4), ComplianceSnapshot.Tally.of(1, 0));

    static DerbyUnit unit;
    static InspectionStore store;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("enforcement-inspections", DerbyUnit.ENFORCEMENT);
        store = new InspectionStore(unit.jpa(), new TownClock(TODAY));
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @BeforeEach
    void clear() throws Exception {
        unit.clear();
    }

    static Inspection create(EnterpriseColumns e, InspectionKind kind, LocalDate date, ComplianceSnapshot c) {
        return store.create(e, kind, date, "王建国", "消防通道堵塞", c, "clerk");
    }

    @Test
    void theSnapshotIsStoredAsItStood() {
        Inspection saved = create(FUEL, InspectionKind.UNANNOUNCED, TODAY, SNAPSHOT);
        Inspection read = store.get(saved.id()).orElseThrow();
        assertEquals(saved, read);
        assertEquals(SNAPSHOT, read.compliance());
        assertEquals(28.0 / 35, read.compliance().rate(), 1e-9);
        assertEquals(0.8, read.compliance().daily().rate(), 1e-9);
        assertEquals("citymgmt", read.actingDepartment());
        assertEquals("clerk", read.createdBy());
        assertEquals(new TownClock(TODAY).instant(), read.createdAt());
    }

    @Test
    void withoutChecklistsThereIsNoSnapshot() {
        assertNull(store.get(create(FUEL, InspectionKind.ROUTINE, TODAY, null).id()).orElseThrow().compliance());
    }

    @Test
    void listsInScopeLatestFirst() {
        Inspection old = create(FUEL, InspectionKind.ROUTINE, TODAY.minusDays(10), null);
        Inspection recent = create(FUEL, InspectionKind.EXPERT, TODAY, null);
        Inspection farm = create(FARM, InspectionKind.JOINT, TODAY.minusDays(5), null);
        assertEquals(List.of(recent.id(), farm.id(), old.id()), ids(DataScope.everything(), query(null, null, null)));
        assertEquals(List.of(recent.id(), old.id()), ids(DataScope.of(Set.of("dept-citymgmt")), query(null, null,
                null)));
        assertEquals(List.of(farm.id()), ids(DataScope.of(Set.of("village-qinglong")), query(null, null, null)));
        assertEquals(List.of(), ids(DataScope.of(Set.of()), query(null, null, null)));
        assertEquals(List.of(old.id()), ids(DataScope.everything(), query(InspectionKind.ROUTINE, null, null)));
        assertEquals(List.of(farm.id(), old.id()),
                ids(DataScope.everything(), query(null, TODAY.minusDays(10), TODAY.minusDays(1))));
        assertEquals(List.of(recent.id(), old.id()), ids(DataScope.everything(),
                new InspectionQuery(null, "citymgmt", null, null, null, null, 0, 20)));
        assertEquals(List.of(farm.id()), ids(DataScope.everything(),
                new InspectionQuery(2L, null, "qinglong", null, null, null, 0, 20)));
        assertEquals(3, store.list(query(null, null, null), DataScope.everything()).total());
    }

    @Test
    void hazardsReportedFromAnInspection() {
        Inspection i = create(FUEL, InspectionKind.ROUTINE, TODAY, null);
        store.linkHazard(i.id(), 42, "clerk");
        store.linkHazard(i.id(), 41, "clerk");
        assertEquals(List.of(41L, 42L), store.hazards(i.id()));
        assertEquals(List.of(), store.hazards(i.id() + 1));
    }

    static InspectionQuery query(InspectionKind kind, LocalDate from, LocalDate to) {
        return new InspectionQuery(null, null, null, kind, from, to, 0, 20);
    }

    static List<Long> ids(DataScope scope, InspectionQuery query) {
        return store.list(query, scope).items().stream().map(Inspection::id).toList();
    }
}
