package org.safegrid.checklists.internal.submissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.api.security.DataScope;
import org.safegrid.checklists.api.Answer;
import org.safegrid.checklists.api.AnswerResult;
import org.safegrid.checklists.api.ChecklistEvents;
import org.safegrid.checklists.api.Submission;
import org.safegrid.checklists.internal.dto.AnswerInput;
import org.safegrid.checklists.internal.dto.SubmissionInput;
import org.safegrid.checklists.internal.testing.Definitions;
import org.safegrid.checklists.internal.testing.Errors;
import org.safegrid.checklists.internal.testing.FakeHazards;
import org.safegrid.checklists.internal.testing.Fixture;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardSource;
import org.safegrid.hazards.api.NewHazard;

class SubmissionRecorderTest {

    static final DataScope EMERGENCY = DataScope.of(Set.of("dept-emergency"));

    static Fixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = new Fixture("submissions-recorder");
        fx.enterprises.add(7);
        fx.enterprises.add(8, "planning", "baishiyi", "fuel-station", EnterpriseStatus.OPERATING,
                java.time.Instant.parse("2025-01-01T00:00:00Z"));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @BeforeEach
    void clear() throws Exception {
        fx.clear();
        fx.contribute("emergency", Definitions.fuel("emergency-fuel-daily", Cadence.DAILY, "aa", "bb", "major-c"));
    }

    static SubmissionInput input(String key, AnswerInput... answers) {
        return new SubmissionInput(7L, "emergency-fuel-daily", 1, key, List.of(answers));
    }

    static AnswerInput pass(String code) {
        return new AnswerInput(code, "PASS", null, null, null);
    }

    Submission submit(SubmissionInput input) {
        return fx.recorder.submit(input, EMERGENCY, "li", "en");
    }

    @Test
    void storesASubmissionAndReportsEachFailedItemAsAHazard() throws Exception {
        Submission s = submit(input("2026-11-27", new AnswerInput("aa", "FAIL", "灭火器过期", null, null), pass("bb"),
                new AnswerInput("major-c", "FAIL", "静电接地断开", null, null)));
        assertEquals(2, fx.hazards.reported.size());
        NewHazard general = fx.hazards.reported.get(0);
        assertEquals(HazardSource.SELF_INSPECTION, general.source());
        assertEquals("submission:" + s.id() + ":item:aa", general.sourceRef());
        assertEquals("检查aa：灭火器过期", general.description());
        assertEquals(HazardLevel.GENERAL, general.level());
        assertEquals(Fixture.TODAY.plusDays(7), general.deadline());
        assertEquals(7, general.enterpriseId());
        NewHazard major = fx.hazards.reported.get(1);
        assertEquals(HazardLevel.MAJOR, major.level(), "the item's severity hint");
        assertEquals(null, major.deadline(), "it comes with the five fixes");
        assertEquals(List.of("li", "li"), fx.hazards.users);
        // the hazards' ids are stored on the answers
        Submission stored = fx.submissions.get(s.id()).orElseThrow();
        assertEquals(List.of(fx.hazards.ids.get(0), 0L, fx.hazards.ids.get(1)),
                stored.answers().stream().map(Answer::hazardId).toList());
        assertEquals(List.of(AnswerResult.FAIL, AnswerResult.PASS, AnswerResult.FAIL),
                stored.answers().stream().map(Answer::result).toList());
        assertEquals(s, stored);
        assertEquals(2, fx.unit.count("SELECT FAILED_ITEMS FROM SG_CHK_SUBMISSION"));
        assertEquals("li", stored.submittedBy());
        assertEquals(Fixture.NOW, stored.submittedAt());
    }

    @Test
    void eachSubmissionPostsSubmittedOnceSaved() {
        Submission s = submit(input("2026-11-27", new AnswerInput("aa", "FAIL", "灭火器过期", null, null), pass("bb"),
                new AnswerInput("major-c", "FAIL", "静电接地断开", null, null)));
        org.osgi.service.event.Event event = fx.events.last(ChecklistEvents.SUBMITTED);
        assertEquals(7L, event.getProperty(ChecklistEvents.ENTERPRISE_ID));
        assertEquals("emergency", event.getProperty(ChecklistEvents.DEPARTMENT));
        assertEquals("emergency-fuel-daily", event.getProperty(ChecklistEvents.TEMPLATE_CODE));
        assertEquals("DAILY", event.getProperty(ChecklistEvents.CADENCE));
        assertEquals("2026-11-27", event.getProperty(ChecklistEvents.PERIOD_KEY));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new String[]{"aa", "major-c"},
                (String[]) event.getProperty(ChecklistEvents.FAILED_ITEMS));
        assertEquals(s.id(), event.getProperty(ChecklistEvents.SUBMISSION_ID));
        assertEquals("li", event.getProperty(ChecklistEvents.USER));

        submit(input("2026-11-26", pass("aa"), pass("bb"), pass("major-c")));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new String[0],
                (String[]) fx.events.last(ChecklistEvents.SUBMITTED).getProperty(ChecklistEvents.FAILED_ITEMS));
        // refused: nothing posted
        Errors.expect(Kind.CONFLICT, "already_submitted",
                () -> submit(input("2026-11-26", pass("aa"), pass("bb"), pass("major-c"))));
        assertEquals(2, fx.events.events.size());
    }

    @Test
    void theAnswersLevelAndDeadlineWin() {
        submit(input("2026-11-27", pass("aa"), pass("bb"),
                new AnswerInput("major-c", "FAIL", "漏油", "GENERAL", "2026-12-10")));
        NewHazard hazard = fx.hazards.reported.get(0);
        assertEquals(HazardLevel.GENERAL, hazard.level());
        assertEquals(java.time.LocalDate.of(2026, 12, 10), hazard.deadline());
    }

    @Test
    void aSecondSubmissionForThePeriodIsAConflict() throws Exception {
        Submission first = submit(input("2026-11-27", pass("aa"), pass("bb"), pass("major-c")));
        var e = Errors.expect(Kind.CONFLICT, "already_submitted",
                () -> submit(input("2026-11-27", pass("aa"), pass("bb"), pass("major-c"))));
        assertEquals(first.id(), e.details().get("submissionId"));
        assertEquals(1, fx.unit.count("SELECT COUNT(*) FROM SG_CHK_SUBMISSION"));
        // another period is fine
        submit(input("2026-11-26", pass("aa"), pass("bb"), pass("major-c")));
    }

    @Test
    void theUniqueKeyStopsASecondSubmissionThatSlipsPastTheCheck() throws Exception {
        var valid = org.safegrid.checklists.internal.validation.SubmissionValidator.validate(
                input("2026-11-27", pass("aa"), pass("bb"), pass("major-c")),
                org.safegrid.checklists.internal.model.EnterpriseFacts.of(
                        fx.enterprises.get(7, DataScope.everything()).orElseThrow(), Fixture.ZONE),
                fx.templates::version, Fixture.TODAY, fx.calendar, "en");
        assertTrue(fx.submissions.create(valid.toNew("li")).isPresent());
        // straight to the database, as a request racing the first would
        var row = new org.safegrid.checklists.internal.persistence.SubmissionEntity(7, "emergency-fuel-daily", 1);
        row.period("DAILY", "2026-11-27", Fixture.TODAY, Fixture.TODAY);
        row.submitted("wang", Fixture.NOW, 0);
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> fx.jpa.tx(em -> em.persist(row)));
        assertTrue(org.safegrid.checklists.internal.persistence.Conflicts.isUniqueViolation(e), e.toString());
        assertTrue(fx.submissions.create(valid.toNew("wang")).isEmpty());
        assertEquals(1, fx.unit.count("SELECT COUNT(*) FROM SG_CHK_SUBMISSION"));
    }

    @Test
    void aFailedHazardReportRemovesTheSubmissionAgain() throws Exception {
        fx.hazards.fail(2, FakeHazards.invalid());
        var e = Errors.expect(Kind.INVALID, "validation_failed", () -> submit(input("2026-11-27",
                new AnswerInput("aa", "FAIL", "灭火器过期", null, null), pass("bb"),
                new AnswerInput("major-c", "FAIL", "漏油", null, null))));
        assertEquals("major-c", e.details().get("itemCode"));
        assertTrue(e.getMessage().startsWith("The hazard of item major-c could not be reported"), e.getMessage());
        assertEquals(0, fx.unit.count("SELECT COUNT(*) FROM SG_CHK_SUBMISSION"));
        assertEquals(0, fx.unit.count("SELECT COUNT(*) FROM SG_CHK_ANSWER"));
        // the period may be submitted again
        submit(input("2026-11-27", pass("aa"), pass("bb"), pass("major-c")));
    }

    @Test
    void anUnexpectedHazardFailureIsAnUnavailableService() throws Exception {
        fx.hazards.fail(1, new IllegalStateException("database down"));
        Errors.expect(Kind.UNAVAILABLE, "hazard_report_failed", () -> submit(input("2026-11-27",
                new AnswerInput("aa", "FAIL", "过期", null, null), pass("bb"), pass("major-c"))));
        assertEquals(0, fx.unit.count("SELECT COUNT(*) FROM SG_CHK_SUBMISSION"));
    }

    @Test
    void onlyUsersWhoMayEditTheEnterpriseSubmit() throws Exception {
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> fx.recorder.submit(input("2026-11-27", pass("aa"), pass("bb"),
                pass("major-c")), DataScope.of(Set.of("village-baishiyi")), "grid", "en"));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> fx.recorder.submit(input("2026-11-27", pass("aa"),
                pass("bb"), pass("major-c")), DataScope.of(Set.of("dept-culture")), "wu", "en"));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> fx.recorder.submit(new SubmissionInput(99L,
                "emergency-fuel-daily", 1, "2026-11-27", List.of(pass("aa"))), DataScope.everything(), "admin", "en"));
        assertTrue(Errors.fields(() -> fx.recorder.submit(new SubmissionInput(null, "emergency-fuel-daily", 1,
                "2026-11-27", List.of()), EMERGENCY, "li", "en")).containsKey("enterpriseId"));
        assertEquals(0, fx.unit.count("SELECT COUNT(*) FROM SG_CHK_SUBMISSION"));
        assertTrue(fx.hazards.reported.isEmpty());
    }

    @Test
    void aRefusedSubmissionChangesNothing() throws Exception {
        Errors.fields("period_not_due", () -> submit(input("2026-11-30",
                new AnswerInput("aa", "FAIL", "过期", null, null), pass("bb"), pass("major-c"))));
        Errors.fields(() -> submit(input("2026-11-27", new AnswerInput("aa", "FAIL", null, null, null), pass("bb"),
                pass("major-c"))));
        assertEquals(0, fx.unit.count("SELECT COUNT(*) FROM SG_CHK_SUBMISSION"));
        assertTrue(fx.hazards.reported.isEmpty());
    }
}
