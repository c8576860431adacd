package org.safegrid.dept.culture.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.dept.culture.internal.dto.EventInput;
import org.safegrid.dept.culture.internal.model.AssessmentResult;
import org.safegrid.dept.culture.internal.model.EventData;

class EventValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final LongPredicate REGISTRY = id -> id == 5;

    static EventInput input(Long organiserId, String organiserName, String start, String end, Integer attendance,
            Integer capacity, Boolean assessed, String assessedOn, String assessor, String result) {
        return new EventInput(" 迎新春文艺汇演 ", organiserId, organiserName, "白市驿广场", start, end, attendance, capacity,
                assessed, assessedOn, assessor, result, true, "刘站长", "13812345678", null, null, 3L);
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> fields(SafeGridException e) {
        assertEquals(422, e.kind().status());
        return (Map<String, String>) e.details().get("fields");
    }

    static Map<String, String> fail(EventInput in, String language) {
        return fields(assertThrows(SafeGridException.class, () -> EventValidator.validate(in, language, TODAY,
                REGISTRY)));
    }

    @Test
    void anAssessedEventOfARegisteredOrganiserIsAccepted() {
        EventData d = EventValidator.validate(input(5L, null, "2027-01-20T19:00:00", "2027-01-20T22:00:00", 2500, 3000,
                true, "2026-11-20", "重庆市安全评价中心", "CONDITIONAL"), "zh", TODAY, REGISTRY);
        assertEquals("迎新春文艺汇演", d.name());
        assertEquals(LocalDateTime.of(2027, 1, 20, 19, 0), d.startAt());
        assertEquals(AssessmentResult.CONDITIONAL, d.result());
        assertTrue(d.safelyAssessed());
        assertTrue(d.planFiled());
        assertFalse(d.overCapacity());
        assertFalse(d.cancelled());
    }

    @Test
    void anUnassessedEventOfANamedOrganiserIsAcceptedToo() {
        EventData d = EventValidator.validate(input(null, "白市驿村委会", "2027-01-20T19:00:00", "2027-01-20T22:00:00",
                800, null, null, null, null, null), "zh", TODAY, REGISTRY);
        assertFalse(d.assessed());
        assertEquals("白市驿村委会", d.organiserName());
        assertEquals(null, d.capacity());
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        Map<String, String> fields = fail(null, "en");
        assertEquals(Set.of("name", "organiserName", "venue", "startAt", "endAt", "attendance", "contact",
                "contactPhone"), fields.keySet());
        assertEquals("name the organiser: pick an enterprise or give its name", fields.get("organiserName"));
    }

    @Test
    void organiserTimesAndNumbersAreChecked() {
        Map<String, String> fields = fail(input(9L, "某公司", "2027-01-20T19:00:00", "2027-01-20T18:00:00", 0, -5, false,
                null, null, null), "zh");
        assertEquals("企业 9 不存在", fields.get("organiserId"));
        assertEquals("已选择承办企业时无需再填名称", fields.get("organiserName"));
        assertEquals("结束时间必须晚于开始时间", fields.get("endAt"));
        assertEquals("应为 1–1000000 之间的整数", fields.get("attendance"));
        assertTrue(fields.containsKey("capacity"));
        assertEquals("an event lasts at most 30 days", fail(input(5L, null, "2027-01-01T08:00:00",
                "2027-03-01T08:00:00", 10, null, false, null, null, null), "en").get("endAt"));
        assertEquals("must be a date-time like 2026-11-28T08:30:00", fail(input(5L, null, "2027-01-01 08:00",
                "2027-01-01T10:00:00", 10, null, false, null, null, null), "en").get("startAt"));
    }

    @Test
    void anAssessmentNeedsItsDateAssessorAndResultBeforeTheStart() {
        Map<String, String> missing = fail(input(5L, null, "2027-01-20T19:00:00", "2027-01-20T22:00:00", 10, null, true,
                null, null, null), "en");
        assertEquals(Set.of("assessedOn", "assessor", "result"), missing.keySet());
        assertEquals("cannot be in the future", fail(input(5L, null, "2027-01-20T19:00:00", "2027-01-20T22:00:00",
                10, null, true, "2026-12-01", "专家组", "PASSED"), "en").get("assessedOn"));
        assertEquals("must be before the event starts", fail(input(5L, null, "2026-11-01T19:00:00",
                "2026-11-01T22:00:00", 10, null, true, "2026-11-02", "专家组", "PASSED"), "en").get("assessedOn"));
        assertEquals("must be one of PASSED, CONDITIONAL, FAILED", fail(input(5L, null, "2027-01-20T19:00:00",
                "2027-01-20T22:00:00", 10, null, true, "2026-11-02", "专家组", "OK"), "en").get("result"));
    }

    @Test
    void withoutAnAssessmentItsFieldsStayEmpty() {
        Map<String, String> fields = fail(input(5L, null, "2027-01-20T19:00:00", "2027-01-20T22:00:00", 10, null,
                false, "2026-11-02", "专家组", "PASSED"), "en");
        assertEquals(Set.of("assessedOn", "assessor", "result"), fields.keySet());
        assertEquals("must be empty when there is no assessment", fields.get("assessor"));
    }

    @Test
    void aReplacementNeedsTheVersion() {
        EventInput noVersion = new EventInput("a", 5L, null, "b", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        assertEquals(Set.of("version"), fields(assertThrows(SafeGridException.class,
                () -> EventValidator.version(noVersion, "zh"))).keySet());
        assertEquals(400, assertThrows(SafeGridException.class, () -> QueryParams.events(null, null, null, null,
                "yes")).kind().status());
        assertEquals("bad_range", assertThrows(SafeGridException.class, () -> QueryParams.events(null, null,
                "2026-12-01", "2026-11-01", null)).code());
        assertEquals(Boolean.FALSE, QueryParams.events("0", "50", null, null, "false").assessed());
    }
}
