package org.safegrid.dept.emergency.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.dept.emergency.internal.dto.ShiftInput;
import org.safegrid.dept.emergency.internal.model.ShiftData;
import org.safegrid.dept.emergency.internal.model.ShiftKind;

class ShiftValidatorTest {

    static ShiftInput night() {
        return new ShiftInput("2026-11-28", "NIGHT", "2026-11-28T18:00", "2026-11-29T08:00:00", "  王局长 ",
                "138 1234 5678", "李四", "023-65671234", "  ");
    }

    static ShiftInput with(String date, String start, String end) {
        ShiftInput n = night();
        return new ShiftInput(date, n.kind(), start, end, n.leader(), n.leaderPhone(), n.officer(),
                n.officerPhone(), n.note());
    }

    @Test
    void parsesAndTrimsAValidShift() {
        ShiftData data = ShiftValidator.validate(night(), "zh-CN");
        assertEquals(LocalDate.of(2026, 11, 28), data.date());
        assertEquals(ShiftKind.NIGHT, data.kind());
        assertEquals(LocalDateTime.of(2026, 11, 28, 18, 0), data.startAt());
        assertEquals(LocalDateTime.of(2026, 11, 29, 8, 0), data.endAt());
        assertEquals("王局长", data.leader());
        assertEquals("138 1234 5678", data.leaderPhone());
        assertNull(data.note(), "a blank note is no note");
    }

    @Test
    void anEmptyBodyNamesEveryRequiredField() {
        Map<String, String> fields = Errors.fields(() -> ShiftValidator.validate(null, "en"));
        assertEquals(Set.of("date", "kind", "startAt", "endAt", "leader", "leaderPhone", "officer", "officerPhone"),
                fields.keySet());
        assertEquals("is required", fields.get("leader"));
    }

    @Test
    void messagesFollowTheLanguage() {
        assertEquals("不能为空", Errors.fields(() -> ShiftValidator.validate(null, "zh-CN")).get("date"));
        assertEquals("不能为空", Errors.fields(() -> ShiftValidator.validate(null, null)).get("date"));
        assertEquals("is required", Errors.fields(() -> ShiftValidator.validate(null, "en-GB")).get("date"));
    }

    @Test
    void namesAreAtMostFiftyCharacters() {
        ShiftInput n = night();
        String fifty = "张".repeat(50);
        ShiftData ok = ShiftValidator.validate(new ShiftInput(n.date(), n.kind(), n.startAt(), n.endAt(), fifty,
                n.leaderPhone(), fifty, n.officerPhone(), null), "en");
        assertEquals(fifty, ok.leader());

        Map<String, String> fields = Errors.fields(() -> ShiftValidator.validate(new ShiftInput(n.date(), n.kind(),
                n.startAt(), n.endAt(), fifty + "张", n.leaderPhone(), n.officer(), n.officerPhone(), null), "en"));
        assertEquals(Map.of("leader", "must be at most 50 characters"), fields);
    }

    @Test
    void rejectsLineBreaksInNames() {
        ShiftInput n = night();
        Map<String, String> fields = Errors.fields(() -> ShiftValidator.validate(new ShiftInput(n.date(), n.kind(),
                n.startAt(), n.endAt(), n.leader(), n.leaderPhone(), "李\n四", n.officerPhone(), "第一行\n第二行"), "en"));
        assertEquals(Set.of("officer"), fields.keySet(), "the note may span lines, a name may not");
    }

    @Test
    void rejectsBadPhoneNumbersAndKinds() {
        ShiftInput n = night();
        Map<String, String> fields = Errors.fields(() -> ShiftValidator.validate(new ShiftInput(n.date(), "EVENING",
                n.startAt(), n.endAt(), n.leader(), "12345", n.officer(), "call me", null), "en"));
        assertEquals(Set.of("kind", "leaderPhone", "officerPhone"), fields.keySet());
        assertEquals("must be one of DAY, NIGHT, FULL_DAY", fields.get("kind"));
        assertTrue(fields.get("leaderPhone").startsWith("is not a valid phone number"));
    }

    @Test
    void rejectsMalformedDates() {
        Map<String, String> fields = Errors.fields(
                () -> ShiftValidator.validate(with("2026-13-01", "2026-11-28 18:00", "tomorrow"), "en"));
        assertEquals("must be a date like 2026-11-28", fields.get("date"));
        assertEquals("must be a date-time like 2026-11-28T08:30:00", fields.get("startAt"));
        assertEquals("must be a date-time like 2026-11-28T08:30:00", fields.get("endAt"));
    }

    @Test
    void theEndMustComeAfterTheStart() {
        assertEquals(Map.of("endAt", "must be after the start"), Errors.fields(() -> ShiftValidator
                .validate(with("2026-11-28", "2026-11-28T18:00", "2026-11-28T08:00"), "en")));
        assertEquals(Map.of("endAt", "must be after the start"), Errors.fields(() -> ShiftValidator
                .validate(with("2026-11-28", "2026-11-28T18:00", "2026-11-28T18:00"), "en")));
    }

    @Test
    void aShiftStartsOnItsDutyDateAndLastsAtMostTwoDays() {
        assertEquals(Map.of("startAt", "must fall on the duty date"), Errors.fields(() -> ShiftValidator
                .validate(with("2026-11-27", "2026-11-28T18:00", "2026-11-29T08:00"), "en")));
        assertEquals(Map.of("endAt", "a shift lasts at most 48 hours"), Errors.fields(() -> ShiftValidator
                .validate(with("2026-11-28", "2026-11-28T08:00", "2026-11-30T08:00:01"), "en")));
        ShiftData twoDays = ShiftValidator.validate(with("2026-11-28", "2026-11-28T08:00", "2026-11-30T08:00"), "en");
        assertEquals(LocalDateTime.of(2026, 11, 30, 8, 0), twoDays.endAt());
    }

    @Test
    void everyFailingFieldIsReportedAtOnce() {
        Map<String, String> fields = Errors.fields(
                () -> ShiftValidator.validate(new ShiftInput("x", "x", "x", "x", "", "x", "", "x", null), "en"));
        assertEquals(8, fields.size());
        assertFalse(fields.containsKey("note"));
    }
}
