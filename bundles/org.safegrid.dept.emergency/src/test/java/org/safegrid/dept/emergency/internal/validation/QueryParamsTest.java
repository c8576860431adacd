package org.safegrid.dept.emergency.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.dept.emergency.internal.model.LogCategory;
import org.safegrid.dept.emergency.internal.model.PageRequest;

class QueryParamsTest {

    @Test
    void defaults() {
        PageRequest request = QueryParams.page(null, "", null, " ");
        assertEquals(new PageRequest(0, 20, null, null), request);
        assertEquals(0, request.offset());
    }

    @Test
    void parsesPagingAndDates() {
        PageRequest request = QueryParams.page("3", "100", "2026-11-01", "2026-11-30");
        assertEquals(new PageRequest(3, 100, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), request);
        assertEquals(300, request.offset());
        assertEquals(LocalDate.of(2026, 11, 1), QueryParams.page(null, null, "2026-11-01", "2026-11-01").to());
    }

    @Test
    void aHugePageDoesNotOverflow() {
        assertEquals(Integer.MAX_VALUE, QueryParams.page(String.valueOf(Integer.MAX_VALUE), "100", null, null)
                .offset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "abc", "1.5", "99999999999"})
    void badPagesAreBadRequests(String page) {
        Errors.expect(Kind.BAD_REQUEST, "bad_page", () -> QueryParams.page(page, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-5", "ten"})
    void badSizesAreBadRequests(String size) {
        String message = Errors.expect(Kind.BAD_REQUEST, "bad_size", () -> QueryParams.page(null, size, null, null))
                .getMessage();
        assertTrue(message.contains("from 1 to 100"), message);
    }

    @Test
    void malformedOrReversedDatesAreBadRequests() {
        Errors.expect(Kind.BAD_REQUEST, "bad_from", () -> QueryParams.page(null, null, "2026-02-30", null));
        Errors.expect(Kind.BAD_REQUEST, "bad_to", () -> QueryParams.page(null, null, null, "28/11/2026"));
        Errors.expect(Kind.BAD_REQUEST, "bad_range", () -> QueryParams.page(null, null, "2026-11-02", "2026-11-01"));
    }

    @Test
    void categories() {
        assertNull(QueryParams.category(null));
        assertEquals(LogCategory.CALL, QueryParams.category("CALL"));
        Errors.expect(Kind.BAD_REQUEST, "bad_category", () -> QueryParams.category("call"));
    }

    @Test
    void idsThatNameNothingAreNotFound() {
        assertEquals(42L, QueryParams.id("shift", "42"));
        for (String id : new String[]{"0", "-1", "abc", "", "9999999999999999999999"}) {
            Errors.expect(Kind.NOT_FOUND, "not_found", () -> QueryParams.id("shift", id));
        }
    }

    @Test
    void echoedValuesAreCutShort() {
        String message = Errors.expect(Kind.BAD_REQUEST, "bad_page",
                () -> QueryParams.page("x".repeat(10_000), null, null, null)).getMessage();
        assertTrue(message.length() < 120, message);
    }
}
