package org.safegrid.enforcement.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.api.ZeroCheck;
import org.safegrid.enforcement.api.ZeroCheckLine;
import org.safegrid.enforcement.internal.dto.CaseInput;
import org.safegrid.enforcement.internal.dto.InspectionInput;
import org.safegrid.enforcement.internal.testing.Errors;
import org.safegrid.enforcement.internal.testing.Fixture;
import org.safegrid.enterprises.api.RiskLevel;

/** The zero-enforcement check counted in the database: per acting department and village, in the period only. */
class ZeroCheckTest {

    static Fixture f;

    @BeforeAll
    static void start() throws Exception {
        f = new Fixture("enforcement-zero");
        f.enterprises.add(1, "emergency", "citymgmt", "baishiyi", RiskLevel.ORANGE);
        f.enterprises.add(2, "agriculture", null, "old-town", RiskLevel.BLUE);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void reset() throws Exception {
        f.reset();
    }

    static ZeroCheckLine line(List<ZeroCheckLine> lines, String id) {
        return lines.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void countsActionsInThePeriodPerActingDepartmentAndVillage() throws Exception {
        DataScope citymgmt = DataScope.of(Set.of("dept-citymgmt"));
        f.inspections.record(new InspectionInput(1L, "ROUTINE", "2026-11-02", "a", "b"), citymgmt, "c", "en");
        f.inspections.record(new InspectionInput(1L, "ROUTINE", "2026-10-31", "a", "b"), citymgmt, "c", "en");
        f.cases.open(new CaseInput(2L, null, "k", "d", "2026-12-01"), DataScope.of(Set.of("dept-agriculture")), "a",
                "en");

        ZeroCheck check = f.oversight.zeroCheck(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                DataScope.everything(), "en");
        assertEquals(1, line(check.departments(), "citymgmt").inspections());
        assertEquals(0, line(check.departments(), "citymgmt").cases());
        assertFalse(line(check.departments(), "citymgmt").zero());
        // the enterprise's first department did not act itself
        assertTrue(line(check.departments(), "emergency").zero());
        assertEquals(1, line(check.departments(), "agriculture").cases());
        // a department of a sector, beyond the town's six
        assertTrue(line(check.departments(), "market").zero());
        assertEquals(List.of("emergency", "planning", "economic", "culture", "agriculture", "citymgmt", "market"),
                check.departments().stream().map(ZeroCheckLine::id).toList());
        assertEquals(5, check.zeroDepartments());
        // villages: the active ones, and an inactive one that had an action
        assertEquals(List.of("baishiyi", "old-town", "qinglong"),
                check.villages().stream().map(ZeroCheckLine::id).toList());
        assertFalse(line(check.villages(), "baishiyi").zero());
        assertFalse(line(check.villages(), "old-town").zero());
        assertTrue(line(check.villages(), "qinglong").zero());
        assertEquals("青龙社区", line(check.villages(), "qinglong").name());

        ZeroCheck october = f.oversight.zeroCheck(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                DataScope.everything(), "en");
        assertEquals(1, line(october.departments(), "citymgmt").inspections());
        assertEquals(List.of("baishiyi", "qinglong"), october.villages().stream().map(ZeroCheckLine::id).toList());
    }

    @Test
    void eachCallerSeesItsOwnLines() {
        ZeroCheck mine = f.oversight.zeroCheck(null, null, DataScope.of(Set.of("dept-planning")), "en");
        assertEquals(List.of("planning"), mine.departments().stream().map(ZeroCheckLine::id).toList());
        assertTrue(mine.villages().isEmpty());
        assertEquals(Fixture.TODAY.withDayOfMonth(1), mine.from());
        assertEquals(Fixture.TODAY, mine.to());
        ZeroCheck village = f.service.zeroCheck(null, null, DataScope.of(Set.of("village-qinglong")));
        assertEquals(List.of("qinglong"), village.villages().stream().map(ZeroCheckLine::id).toList());
        assertTrue(village.departments().isEmpty());
    }

    @Test
    void fromAfterToIsRefused() {
        Errors.expect(Kind.BAD_REQUEST, "bad_period", () -> f.oversight.zeroCheck(LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 1), DataScope.everything(), "en"));
    }
}
