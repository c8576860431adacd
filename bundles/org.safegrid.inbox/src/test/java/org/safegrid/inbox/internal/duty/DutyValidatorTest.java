package org.safegrid.inbox.internal.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safegrid.inbox.internal.testing.Errors;

class DutyValidatorTest {

    @Test
    void aGoodEntry() {
        ValidDuty duty = DutyValidator.validate(new DutyInput(" WEEKLY_SCHEDULE ", "2026-W48", "  安排检查 5 家企业\n"),
                false);
        assertEquals(DutyKind.WEEKLY_SCHEDULE, duty.kind());
        assertEquals("2026-W48", duty.period().key());
        assertEquals("安排检查 5 家企业", duty.note(), "trimmed");
    }

    @Test
    void everyMissingFieldIsNamed() {
        Map<String, String> fields = Errors.fields(() -> DutyValidator.validate(null, true));
        assertEquals(Map.of("kind", "is required", "periodKey", "is required", "note", "is required"), fields);
        assertEquals("不能为空", Errors.fields(() -> DutyValidator.validate(new DutyInput("DAILY_REVIEW",
                "2026-11-27", "   "), false)).get("note"));
    }

    @Test
    void anUnknownKindListsTheKnownOnes() {
        String message = Errors.fields(() -> DutyValidator.validate(new DutyInput("daily_review", "2026-11-27",
                "x"), true)).get("kind");
        assertTrue(message.contains("'daily_review'") && message.contains("DAILY_REVIEW, WEEKLY_COORDINATION"),
                message);
    }

    @Test
    void theKeyMustFitTheKindsCadence() {
        Map<String, String> fields = Errors.fields(() -> DutyValidator.validate(new DutyInput("MONTHLY_CHECK",
                "2026-W48", "checked"), true));
        assertEquals(Map.of("periodKey", "a period of MONTHLY_CHECK is written like 2026-11, not '2026-W48'"),
                fields);
        assertTrue(Errors.fields(() -> DutyValidator.validate(new DutyInput("ENFORCEMENT_DAY", "2026-02-30", "x"),
                false)).get("periodKey").contains("2026-11-28"));
    }

    @Test
    void theNoteIsBounded() {
        String longest = "检".repeat(DutyValidator.NOTE_MAX);
        assertEquals(longest, DutyValidator.validate(new DutyInput("DAILY_REVIEW", "2026-11-27", longest), false)
                .note());
        assertEquals("must be at most 2000 characters", Errors.fields(() -> DutyValidator.validate(
                new DutyInput("DAILY_REVIEW", "2026-11-27", longest + "检"), true)).get("note"));
        assertEquals(Map.of("note", "must not contain control characters other than line breaks and tabs"),
                Errors.fields(() -> DutyValidator.validate(new DutyInput("DAILY_REVIEW", "2026-11-27", "a\u0000b"),
                        true)));
    }
}
