package org.safegrid.inbox.internal.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.Period;
import org.safegrid.inbox.internal.testing.FakeCalendar;
import org.safegrid.inbox.internal.validation.Failures.NotDue;

/** What each layer owes, period by period, with the National Day holidays of 2026 in the calendar. */
class ObligationsTest {

    final Obligations obligations = new Obligations(FakeCalendar.nationalDay2026()::isWorkingDay);

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    static List<String> keys(List<Period> periods) {
        return periods.stream().map(Period::key).toList();
    }

    @Test
    void anInspectorOwesEveryWorkingDayAndNoHolidayOrWeekend() {
        // Monday 12 October: the window goes back to 12 September
        List<String> days = keys(obligations.periods(DutyKind.ENFORCEMENT_DAY, day(10, 12)));
        assertEquals("2026-10-12", days.get(0), "today first");
        assertTrue(days.contains("2026-10-10"), "the Saturday worked instead of a holiday is owed");
        assertTrue(days.contains("2026-10-09"));
        assertTrue(days.contains("2026-09-30"));
        for (int d = 1; d <= 7; d++) {
            assertFalse(days.contains("2026-10-0" + d), "holiday 10-0" + d + " is not owed");
        }
        assertFalse(days.contains("2026-10-11"), "a plain Sunday is not owed");
        assertFalse(days.contains("2026-09-26"), "a plain Saturday is not owed");
        assertEquals("2026-09-14", days.get(days.size() - 1), "12 and 13 September are a weekend");
        // 14 Sep to 12 Oct: 21 weekdays, less 5 holiday weekdays, plus the working Saturday
        assertEquals(17, days.size());
    }

    @Test
    void nothingIsDueOnADayOffButThePastStillIs() {
        List<OwedDuty> owed = obligations.owed(staff("inspector", "dept-emergency"), day(10, 3), Set.of());
        assertTrue(owed.stream().noneMatch(d -> d.state() == DutyState.DUE), "Saturday of the holidays");
        assertEquals("2026-09-30", owed.get(0).period().key());
        assertEquals(DutyState.OVERDUE, owed.get(0).state());
    }

    @Test
    void weeksRunMondayToSundayAcrossTheYearEnd() {
        List<Period> sunday = obligations.periods(DutyKind.WEEKLY_SCHEDULE, day(11, 29));
        assertEquals("2026-W48", sunday.get(0).key(), "Sunday still belongs to the week it ends");
        assertEquals(day(11, 23), sunday.get(0).start());
        assertEquals(day(11, 29), sunday.get(0).end());
        assertEquals(List.of("2026-W48", "2026-W47", "2026-W46", "2026-W45", "2026-W44"), keys(sunday),
                "W44 ends on 1 November, within 30 days of 29 November");

        List<Period> monday = obligations.periods(DutyKind.WEEKLY_SCHEDULE, day(11, 30));
        assertEquals("2026-W49", monday.get(0).key(), "a new week on Monday");
        assertEquals("2026-W48", monday.get(1).key());

        assertEquals("2026-W53", obligations.periods(DutyKind.WEEKLY_COORDINATION, LocalDate.of(2027, 1, 1)).get(0)
                .key(), "1 January 2027, a Friday, is in the last ISO week of 2026");
        assertEquals("2027-W01", obligations.periods(DutyKind.WEEKLY_COORDINATION, LocalDate.of(2027, 1, 4)).get(0)
                .key());
    }

    @Test
    void monthsStayOverdueForThirtyDaysAfterTheyEnd() {
        assertEquals(List.of("2026-11", "2026-10"), keys(obligations.periods(DutyKind.MONTHLY_CHECK, day(11, 30))),
                "October ended exactly 30 days before 30 November");
        assertEquals(List.of("2026-12", "2026-11"), keys(obligations.periods(DutyKind.MONTHLY_CHECK, day(12, 1))),
                "on 1 December October is out of the window");
        Period november = obligations.periods(DutyKind.MONTHLY_INSPECTION, day(11, 30)).get(0);
        assertEquals(day(11, 1), november.start());
        assertEquals(day(11, 30), november.end());
    }

    @Test
    void theStateOfEachDuty() {
        StaffRoles head = staff("head", "village-baishiyi");
        List<OwedDuty> owed = obligations.owed(head, day(11, 10),
                Set.of(Obligations.key(DutyKind.MONTHLY_CHECK, "2026-10")));
        assertEquals(List.of(new OwedDuty(DutyKind.MONTHLY_CHECK, DutyPeriods.of(Cadence.MONTHLY, day(11, 10)),
                DutyState.DUE),
                new OwedDuty(DutyKind.MONTHLY_CHECK, DutyPeriods.of(Cadence.MONTHLY, day(10, 1)),
                        DutyState.DONE)),
                owed);
        List<OwedDuty> unrecorded = obligations.owed(head, day(11, 10), Set.of());
        assertEquals(DutyState.OVERDUE, unrecorded.get(1).state());
        assertTrue(obligations.owed(head, day(11, 10), Set.of("WEEKLY_SCHEDULE:2026-10")).stream()
                .anyMatch(d -> d.state() == DutyState.OVERDUE), "an entry of another kind does not count");
    }

    @Test
    void theCommitteeOfficeOwesThreeKinds() {
        List<OwedDuty> owed = obligations.owed(staff("committee"), day(11, 30), Set.of());
        assertEquals(Set.of(DutyKind.DAILY_REVIEW, DutyKind.WEEKLY_COORDINATION, DutyKind.MONTHLY_INSPECTION),
                Set.copyOf(owed.stream().map(OwedDuty::kind).toList()));
        assertEquals(1, owed.stream().filter(d -> d.state() == DutyState.DUE && d.kind() == DutyKind.DAILY_REVIEW)
                .count());
    }

    @Test
    void aPeriodMayBeRecordedWhileCurrentOrWithinTheWindow() {
        LocalDate today = day(11, 12);
        assertEquals(Optional.empty(), refusal(DutyKind.ENFORCEMENT_DAY, today, today));
        assertEquals(Optional.of(NotDue.FUTURE), refusal(DutyKind.ENFORCEMENT_DAY, today.plusDays(1), today));
        assertEquals(Optional.empty(), refusal(DutyKind.ENFORCEMENT_DAY, day(10, 13), today), "30 days ago");
        assertEquals(Optional.of(NotDue.TOO_OLD), refusal(DutyKind.ENFORCEMENT_DAY, day(10, 12), today));
        assertEquals(Optional.of(NotDue.NOT_WORKING_DAY), refusal(DutyKind.DAILY_REVIEW, day(11, 8), today),
                "a Sunday");
        assertEquals(Optional.of(NotDue.NOT_WORKING_DAY),
                refusal(DutyKind.DAILY_REVIEW, day(10, 5), day(10, 20)), "a holiday");
        assertEquals(Optional.empty(), refusal(DutyKind.DAILY_REVIEW, day(10, 10), day(10, 20)),
                "the Saturday worked");
        assertEquals(Optional.empty(), refusal(DutyKind.MONTHLY_CHECK, day(11, 1), today), "the running month");
        assertEquals(Optional.of(NotDue.FUTURE), refusal(DutyKind.MONTHLY_CHECK, day(12, 1), today));
        assertEquals(Optional.empty(), refusal(DutyKind.WEEKLY_SCHEDULE, day(10, 12), today),
                "W42 ended on 18 October, within 30 days");
        assertEquals(Optional.of(NotDue.TOO_OLD), refusal(DutyKind.WEEKLY_SCHEDULE, day(10, 5), today),
                "W41 ended on 11 October");
    }

    @Test
    void aLayerRoleCountsOnlyWithAUnit() {
        assertEquals(Set.of(), staff("inspector").layers());
        assertEquals(Set.of(), staff("head", "admin").layers());
        assertEquals(Set.of(DutyLayer.INSPECTOR), staff("inspector", "dept-planning").layers());
        assertEquals(Set.of(DutyLayer.DEPUTY_HEAD, DutyLayer.HEAD),
                staff("deputy-head", "head", "village-baishiyi").layers());
        assertEquals(Set.of(DutyLayer.COMMITTEE), staff("committee").layers());
        assertEquals(List.of(), staff("dept-emergency", "admin").kinds());

        StaffRoles both = staff("inspector", "dept-planning", "dept-emergency", "village-x");
        assertEquals("emergency", both.departmentFor(DutyLayer.INSPECTOR), "the first department, sorted");
        assertEquals("x", both.villageFor(DutyLayer.INSPECTOR));
        assertEquals(null, staff("committee", "dept-emergency").departmentFor(DutyLayer.COMMITTEE),
                "the committee office is no department's");
        assertTrue(staff("head", "dept-emergency").headsDepartment("emergency"));
        assertFalse(staff("head", "dept-emergency").headsDepartment("planning"));
        assertFalse(staff("deputy-head", "dept-emergency").headsDepartment("emergency"));
        assertTrue(staff("head", "village-x").headsVillage("x"));
    }

    private Optional<NotDue> refusal(DutyKind kind, LocalDate day, LocalDate today) {
        return obligations.refusal(kind, DutyPeriods.of(kind.cadence(), day), today);
    }

    static StaffRoles staff(String... roles) {
        return StaffRoles.of(Set.of(roles));
    }
}
