package org.safegrid.enforcement.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.api.ZeroCheck;
import org.safegrid.enforcement.api.ZeroCheckLine;

/** The zero-enforcement check worked out from counts, and which lines each caller sees. */
class ZeroChecksTest {

    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 11, 30);
    static final List<Unit> VILLAGES = List.of(new Unit("baishiyi", "白市驿村", null),
            new Unit("qinglong", "青龙社区", null));
    static final Activity ACTIVITY = new Activity(Map.of("emergency", 3L, "planning", 0L, "fire", 1L),
            Map.of("emergency", 1L, "economic", 2L), Map.of("baishiyi", 2L), Map.of());

    static ZeroCheck check(DataScope scope) {
        return ZeroChecks.of(FROM, TO, Unit.TOWN_DEPARTMENTS, VILLAGES, ACTIVITY, scope);
    }

    static ZeroCheckLine line(List<ZeroCheckLine> lines, String id) {
        return lines.stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void everyDepartmentAndVillageWithItsCounts() {
        ZeroCheck check = check(DataScope.of(Set.of("committee")));
        assertEquals(FROM, check.from());
        assertEquals(TO, check.to());
        // the six, then a department found only in the data
        assertEquals(List.of("emergency", "planning", "economic", "culture", "agriculture", "citymgmt", "fire"),
                check.departments().stream().map(ZeroCheckLine::id).toList());
        ZeroCheckLine emergency = line(check.departments(), "emergency");
        assertEquals(3, emergency.inspections());
        assertEquals(1, emergency.cases());
        assertFalse(emergency.zero());
        assertEquals("应急办", emergency.name());
        assertEquals(ZeroCheckLine.Unit.DEPARTMENT, emergency.unit());
        // a case but no inspection is an action
        assertFalse(line(check.departments(), "economic").zero());
        // a zero count is no action
        assertTrue(line(check.departments(), "planning").zero());
        assertTrue(line(check.departments(), "citymgmt").zero());
        assertEquals("fire", line(check.departments(), "fire").name());
        assertEquals(4, check.zeroDepartments());
        assertFalse(line(check.villages(), "baishiyi").zero());
        assertTrue(line(check.villages(), "qinglong").zero());
        assertEquals(1, check.zeroVillages());
        assertEquals(ZeroCheckLine.Unit.VILLAGE, line(check.villages(), "qinglong").unit());
    }

    @Test
    void aDepartmentUserSeesItsOwnLineOnly() {
        ZeroCheck check = check(DataScope.of(Set.of("dept-planning")));
        assertEquals(List.of("planning"), check.departments().stream().map(ZeroCheckLine::id).toList());
        assertEquals(List.of(), check.villages());
        assertEquals(1, check.zeroDepartments());
        assertEquals(0, check.zeroVillages());
    }

    @Test
    void aVillageUserSeesItsOwnLineOnly() {
        ZeroCheck check = check(DataScope.of(Set.of("village-qinglong")));
        assertEquals(List.of(), check.departments());
        assertEquals(List.of("qinglong"), check.villages().stream().map(ZeroCheckLine::id).toList());
    }

    @Test
    void aUserWithoutSuchRolesSeesNothing() {
        ZeroCheck check = check(DataScope.of(Set.<String>of()));
        assertTrue(check.departments().isEmpty());
        assertTrue(check.villages().isEmpty());
    }

    @Test
    void aVillageWithActionsButUnknownStillShows() {
        Activity activity = new Activity(Map.of(), Map.of(), Map.of("gone", 1L), Map.of());
        ZeroCheck check = ZeroChecks.of(FROM, TO, List.of(), VILLAGES, activity, DataScope.everything());
        assertEquals(List.of("baishiyi", "qinglong", "gone"),
                check.villages().stream().map(ZeroCheckLine::id).toList());
        assertEquals(2, check.zeroVillages());
    }
}
