package org.safegrid.inbox.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.inbox.internal.testing.Errors;

class QueryParamsTest {

    final QueryParams english = new QueryParams(true);
    final QueryParams chinese = new QueryParams(false);

    @Test
    void pagingHasDefaultsAndBounds() {
        assertEquals(new QueryParams.Paging(0, 20), english.paging(null, " "));
        assertEquals(new QueryParams.Paging(3, 100), english.paging("3", "100"));
        var e = Errors.expect(Kind.BAD_REQUEST, "bad_size", () -> english.paging("0", "101"));
        assertEquals("size must be a whole number from 1 to 100, not '101'", e.getMessage());
        assertEquals(Map.of("parameter", "size"), e.details());
        assertEquals("参数 page 应为 0 或以上 的整数，而不是“-1”",
                Errors.expect(Kind.BAD_REQUEST, "bad_page", () -> chinese.paging("-1", null)).getMessage());
        Errors.expect(Kind.BAD_REQUEST, "bad_page", () -> english.paging("x", null));
    }

    @Test
    void datesAndTheirOrder() {
        assertEquals(new QueryParams.Range(LocalDate.of(2026, 11, 1), null), english.range("2026-11-01", ""));
        Errors.expect(Kind.BAD_REQUEST, "bad_from", () -> english.range("2026-11-31", null));
        assertEquals("to (2026-10-31) is before from (2026-11-01)", Errors.expect(Kind.BAD_REQUEST, "bad_range",
                () -> english.range("2026-11-01", "2026-10-31")).getMessage());
    }

    @Test
    void theUnitOfTheTeamView() {
        assertEquals("emergency", english.code("department", " emergency "));
        assertNull(english.code("village", null));
        Errors.expect(Kind.BAD_REQUEST, "bad_department", () -> english.code("department", "Emergency'--"));
        english.oneUnit("emergency", null, false);
        english.oneUnit(null, null, true);
        Errors.expect(Kind.BAD_REQUEST, "bad_unit", () -> english.oneUnit(null, null, false));
        Errors.expect(Kind.BAD_REQUEST, "bad_unit", () -> english.oneUnit("emergency", "baishiyi", false));
        Errors.expect(Kind.BAD_REQUEST, "bad_unit", () -> english.oneUnit("emergency", null, true));
    }

    @Test
    void flagsAndIds() {
        assertTrue(english.bool("unread", "TRUE"));
        assertFalse(english.bool("unread", null));
        Errors.expect(Kind.BAD_REQUEST, "bad_unread", () -> english.bool("unread", "yes"));
        assertEquals(42, english.alertId("42"));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> english.alertId("0"));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> english.alertId("abc"));
    }
}
