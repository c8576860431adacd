package org.safegrid.dept.emergency.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

import org.junit.jupiter.api.Test;
import org.safegrid.dept.emergency.internal.dto.LogInput;
import org.safegrid.dept.emergency.internal.model.LogCategory;
import org.safegrid.dept.emergency.internal.model.LogData;

class LogValidatorTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 10, 0);
    static final LongPredicate SHIFT_7_ONLY = id -> id == 7;

    static LogInput entry(String occurredAt, String summary, String details, Long shiftId) {
        return new LogInput(occurredAt, "INCIDENT", summary, details, " 村网格员 ", shiftId);
    }

    static LogData validate(LogInput input) {
        return LogValidator.validate(input, "en", NOW, SHIFT_7_ONLY);
    }

    @Test
    void parsesAValidEntry() {
        LogData data = validate(entry("2026-11-28T09:15:30", " 加油站报告油气泄漏 ", "第一行\r\n第二行\t", 7L));
        assertEquals(LocalDateTime.of(2026, 11, 28, 9, 15, 30), data.occurredAt());
        assertEquals(LogCategory.INCIDENT, data.category());
        assertEquals("加油站报告油气泄漏", data.summary());
        assertEquals("第一行\r\n第二行", data.details());
        assertEquals("村网格员", data.reporter());
        assertEquals(7L, data.shiftId());
    }

    @Test
    void optionalFieldsMayBeMissing() {
        LogData data = validate(new LogInput("2026-11-28T09:15", "INFO", "交班", null, null, null));
        assertNull(data.details());
        assertNull(data.reporter());
        assertNull(data.shiftId());
    }

    @Test
    void anEmptyBodyNamesTheRequiredFields() {
        assertEquals(Set.of("occurredAt", "category", "summary"), Errors.fields(() -> validate(null)).keySet());
    }

    @Test
    void summaryAndDetailsHaveLimits() {
        validate(entry("2026-11-28T09:00", "事".repeat(200), "细".repeat(4000), null));
        Map<String, String> fields = Errors
                .fields(() -> validate(entry("2026-11-28T09:00", "事".repeat(201), "细".repeat(4001), null)));
        assertEquals("must be at most 200 characters", fields.get("summary"));
        assertEquals("must be at most 4000 characters", fields.get("details"));
    }

    @Test
    void aBlankSummaryIsMissing() {
        assertEquals(Map.of("summary", "is required"),
                Errors.fields(() -> validate(entry("2026-11-28T09:00", " \t ", null, null))));
    }

    @Test
    void nothingIsLoggedAheadOfTime() {
        validate(entry("2026-11-28T10:05:00", "clock skew is fine", null, null));
        assertEquals(Map.of("occurredAt", "cannot be in the future"),
                Errors.fields(() -> validate(entry("2026-11-28T10:05:01", "tomorrow's news", null, null))));
    }

    @Test
    void theShiftMustExist() {
        assertEquals(Map.of("shiftId", "shift 8 does not exist"),
                Errors.fields(() -> validate(entry("2026-11-28T09:00", "x", null, 8L))));
        assertEquals(Set.of("shiftId"),
                Errors.fields(() -> validate(entry("2026-11-28T09:00", "x", null, 0L))).keySet());
        assertEquals("班次 8 不存在", Errors.fields(() -> LogValidator.validate(entry("2026-11-28T09:00", "x", null, 8L),
                "zh-CN", NOW, SHIFT_7_ONLY)).get("shiftId"));
    }

    @Test
    void rejectsUnknownCategoriesAndControlCharacters() {
        Map<String, String> fields = Errors.fields(
                () -> validate(new LogInput("2026-11-28T09:00", "info", "bell\u0007", "nul\u0000", null, null)));
        assertEquals("must be one of INFO, INCIDENT, REPORT, HANDOVER, CALL", fields.get("category"));
        assertEquals("must not contain line breaks or control characters", fields.get("summary"));
        assertEquals("must not contain line breaks or control characters", fields.get("details"));
    }
}
