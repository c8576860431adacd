package org.safegrid.checklists.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.ItemCategory;
import org.safegrid.api.checklist.SeverityHint;
import org.safegrid.checklists.api.AnswerResult;
import org.safegrid.checklists.api.Template;
import org.safegrid.checklists.api.TemplateItem;
import org.safegrid.checklists.api.WorkCalendar;
import org.safegrid.checklists.internal.cadence.Calendars;
import org.safegrid.checklists.internal.dto.AnswerInput;
import org.safegrid.checklists.internal.dto.SubmissionInput;
import org.safegrid.checklists.internal.model.EnterpriseFacts;
import org.safegrid.checklists.internal.model.ValidSubmission;
import org.safegrid.checklists.internal.testing.Errors;
import org.safegrid.hazards.api.HazardLevel;

class SubmissionValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27); // a Friday
    static final WorkCalendar CALENDAR = Calendars.china2026();
    static final EnterpriseFacts STATION = new EnterpriseFacts(7, "加油站", "fuel-station", Set.of(), true, null);

    static TemplateItem item(String code, SeverityHint severity) {
        return new TemplateItem(code, "检查" + code, "Check " + code, ItemCategory.EQUIPMENT, "《消防法》第十六条", severity);
    }

    static Template template(String code, int version, Cadence cadence, boolean active, String... items) {
        List<TemplateItem> list = new ArrayList<>();
        for (String i : items) {
            list.add(item(i, i.startsWith("major") ? SeverityHint.MAJOR : SeverityHint.GENERAL));
        }
        return new Template(code, version, "清单", "Checklist", cadence, Set.of("fuel-station"), Set.of(), list,
                "emergency", "contributed", active, Instant.parse("2026-01-05T00:00:00Z"), "plugin:emergency");
    }

    final List<Template> stored = List.of(template("fuel-daily", 1, Cadence.DAILY, true, "aa", "bb"),
            template("fuel-daily", 2, Cadence.DAILY, true, "aa", "bb", "major-c"),
            template("fuel-weekly", 1, Cadence.WEEKLY, true, "ww"),
            template("fuel-monthly", 1, Cadence.MONTHLY, true, "mm"),
            template("retired", 1, Cadence.DAILY, false, "aa"),
            new Template("chem", 1, "危化", "Chem", Cadence.DAILY, Set.of("hazardous-chemicals"), Set.of(),
                    List.of(item("aa", SeverityHint.GENERAL)), "emergency", "contributed", true, Instant.EPOCH, "xx"));

    Optional<Template> find(String code, Integer version) {
        return stored.stream().filter(t -> t.code().equals(code) && t.version() == version).findFirst();
    }

    static AnswerInput pass(String code) {
        return new AnswerInput(code, "PASS", null, null, null);
    }

    static AnswerInput fail(String code, String note) {
        return new AnswerInput(code, "FAIL", note, null, null);
    }

    ValidSubmission validate(SubmissionInput input) {
        return SubmissionValidator.validate(input, STATION, this::find, TODAY, CALENDAR, "en");
    }

    static SubmissionInput daily(String key, AnswerInput... answers) {
        return new SubmissionInput(7L, "fuel-daily", 2, key, List.of(answers));
    }

    @Test
    void acceptsAFullSubmissionInTheTemplatesOrder() {
        ValidSubmission valid = validate(daily("2026-11-27", fail("major-c", "静电接地线断开"), pass("bb"),
                new AnswerInput("aa", "NOT_APPLICABLE", " 今日未卸油 ", null, null)));
        assertEquals(List.of("aa", "bb", "major-c"), valid.answers().stream().map(a -> a.itemCode()).toList());
        assertEquals("今日未卸油", valid.answers().get(0).note());
        assertEquals(AnswerResult.FAIL, valid.answers().get(2).result());
        assertNull(valid.answers().get(2).hazardLevel(), "the item's hint decides later");
        assertEquals("2026-11-27", valid.period().key());
        assertEquals(2, valid.template().version());
    }

    @Test
    void anOlderVersionIsFilledAgainstItsOwnItems() {
        ValidSubmission valid = validate(new SubmissionInput(7L, "fuel-daily", 1, "2026-11-26", List.of(pass("aa"),
                pass("bb"))));
        assertEquals(1, valid.template().version());
    }

    @Test
    void refusesAnItemNotInTheVersion() {
        Map<String, String> fields = Errors.fields(() -> validate(new SubmissionInput(7L, "fuel-daily", 1,
                "2026-11-27", List.of(pass("aa"), pass("bb"), pass("major-c")))));
        assertEquals(Map.of("answers[2].itemCode", "is not an item of this template version"), fields);
    }

    @Test
    void refusesAMissingOrRepeatedAnswer() {
        Map<String, String> missing = Errors.fields(() -> validate(daily("2026-11-27", pass("aa"))));
        assertEquals(Map.of("answers", "these items are not answered: bb, major-c"), missing);
        Map<String, String> twice = Errors.fields(() -> validate(daily("2026-11-27", pass("aa"), pass("bb"),
                pass("major-c"), fail("aa", "坏了"))));
        assertEquals(Set.of("answers[3].itemCode"), twice.keySet());
        assertTrue(Errors.fields(() -> validate(daily("2026-11-27"))).containsKey("answers"));
    }

    @Test
    void refusesAFailWithoutANote() {
        Map<String, String> fields = Errors.fields(() -> validate(daily("2026-11-27", pass("aa"), fail("bb", "  "),
                pass("major-c"))));
        assertEquals(Map.of("answers[1].note", "a failed item needs a note"), fields);
    }

    @Test
    void refusesBadResultsNotesAndHazardFields() {
        Map<String, String> fields = Errors.fields(() -> validate(daily("2026-11-27",
                new AnswerInput("aa", "OK", null, null, null),
                new AnswerInput("bb", "PASS", "xx".repeat(501), "MAJOR", "2026-12-01"),
                new AnswerInput("major-c", "FAIL", "漏油", "HUGE", "2026-11-26"))));
        assertEquals(Set.of("answers[0].result", "answers[1].note", "answers[1].hazardLevel",
                "answers[1].hazardDeadline", "answers[2].hazardLevel", "answers[2].hazardDeadline"), fields.keySet());
        assertEquals("the deadline must not be in the past", fields.get("answers[2].hazardDeadline"));
        assertTrue(Errors.fields(() -> validate(daily("2026-11-27", pass("aa"), pass("bb"),
                new AnswerInput("major-c", "FAIL", "漏油", null, "next week")))).containsKey(
                        "answers[2].hazardDeadline"));
    }

    @Test
    void keepsTheChosenHazardLevelAndDeadline() {
        ValidSubmission valid = validate(daily("2026-11-27", pass("aa"), pass("bb"),
                new AnswerInput("major-c", "FAIL", "漏油", "GENERAL", "2026-11-27")));
        assertEquals(HazardLevel.GENERAL, valid.answers().get(2).hazardLevel());
        assertEquals(TODAY, valid.answers().get(2).hazardDeadline());
    }

    @Test
    void refusesAVersionThatDoesNotExistOrATemplateThatDoesNotApply() {
        assertEquals(Set.of("templateVersion"), Errors.fields(() -> validate(new SubmissionInput(7L, "fuel-daily", 3,
                "2026-11-27", List.of(pass("aa"))))).keySet());
        assertEquals(Set.of("templateVersion"), Errors.fields(() -> validate(new SubmissionInput(7L, "nothing", 1,
                "2026-11-27", List.of(pass("aa"))))).keySet());
        assertEquals(Map.of("templateCode", "the template does not apply to this enterprise"), Errors.fields(
                () -> validate(new SubmissionInput(7L, "chem", 1, "2026-11-27", List.of(pass("aa"))))));
        assertEquals(Map.of("templateCode", "the template is no longer in use"), Errors.fields(
                () -> validate(new SubmissionInput(7L, "retired", 1, "2026-11-27", List.of(pass("aa"))))));
        assertEquals(Set.of("templateCode", "templateVersion", "periodKey", "answers"),
                Errors.fields(() -> validate(new SubmissionInput(7L, null, 0, null, null))).keySet());
    }

    @Test
    void refusesMalformedPeriodKeys() {
        for (String key : List.of("2026-11-31", "2026-W48", "27/11/2026", "2026-11")) {
            assertEquals("must be a period like 2026-11-28", Errors.fields(() -> validate(daily(key, pass("aa"),
                    pass("bb"), pass("major-c"))))
                    .get("periodKey"), key);
        }
        assertTrue(Errors.fields(() -> validate(new SubmissionInput(7L, "fuel-weekly", 1, "2026-11-27",
                List.of(pass("ww"))))).containsKey("periodKey"));
    }

    @Test
    void refusesPeriodsThatAreNotDue() {
        Map<String, String> future = Errors.fields("period_not_due", () -> validate(daily("2026-11-30", pass("aa"),
                pass("bb"), pass("major-c"))));
        assertEquals(Map.of("periodKey", "the period has not begun"), future);
        Map<String, String> old = Errors.fields("period_not_due", () -> validate(daily("2026-10-27", pass("aa"),
                pass("bb"), pass("major-c"))));
        assertEquals(Map.of("periodKey", "only periods that ended at most 30 days ago may be submitted"), old);
        Map<String, String> dayOff = Errors.fields("period_not_due", () -> validate(daily("2026-11-22", pass("aa"),
                pass("bb"), pass("major-c"))));
        assertEquals(Set.of("periodKey"), dayOff.keySet());
        assertTrue(Errors.fields("period_not_due", () -> validate(new SubmissionInput(7L, "fuel-monthly", 1,
                "2026-12", List.of(pass("mm"))))).containsKey("periodKey"));
        // other problems are reported along with it
        assertEquals(Set.of("periodKey", "answers"), Errors.fields("period_not_due", () -> validate(daily(
                "2026-12-01", pass("aa")))).keySet());
    }

    @Test
    void acceptsOverduePeriodsUpToThirtyDaysBack() {
        assertEquals("2026-10-28", validate(daily("2026-10-28", pass("aa"), pass("bb"), pass("major-c"))).period()
                .key());
        assertEquals("2026-W47", validate(new SubmissionInput(7L, "fuel-weekly", 1, "2026-W47", List.of(pass("ww"))))
                .period().key());
        assertEquals("2026-10", validate(new SubmissionInput(7L, "fuel-monthly", 1, "2026-10", List.of(pass("mm"))))
                .period().key());
    }

    @Test
    void messagesFollowTheLanguage() {
        Map<String, String> fields = Errors.fields(() -> SubmissionValidator.validate(daily("2026-11-27", pass("aa"),
                pass("bb"), fail("major-c", null)), STATION, this::find, TODAY, CALENDAR, "zh-CN"));
        assertEquals("不合格项须填写情况说明", fields.get("answers[2].note"));
    }
}
