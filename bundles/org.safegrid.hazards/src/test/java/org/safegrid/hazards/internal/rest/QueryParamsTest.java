package org.safegrid.hazards.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardSource;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.model.BoardFilter;
import org.safegrid.hazards.internal.model.BoardSort;
import org.safegrid.hazards.internal.testing.Errors;

class QueryParamsTest {

    static final QueryParams ZH = new QueryParams(false);
    static final QueryParams EN = new QueryParams(true);

    static QueryParams.Filters filters(String enterpriseId, String state, String level, String source,
            String overdue, String text) {
        return new QueryParams.Filters(enterpriseId, " emergency ", "", state, level, source, overdue, text);
    }

    @Test
    void goodParametersBecomeAFilter() {
        assertEquals(new BoardFilter(17L, "emergency", null, HazardState.AWAITING_VERIFICATION, HazardLevel.MAJOR,
                HazardSource.TIPOFF, Boolean.TRUE, "阀门"),
                ZH.filter(filters("17", "awaiting_verification", "MAJOR", "tipoff", "TRUE", " 阀门 ")));
        assertEquals(BoardFilter.none(), ZH.filter(new QueryParams.Filters(null, null, null, null, null, null, null,
                null)));
        assertEquals(BoardSort.DEADLINE, ZH.sort(null));
        assertEquals(BoardSort.OVERDUE, ZH.sort("overdue"));
        assertEquals(BoardSort.REPORTED_AT_DESC, ZH.sort("-reportedAt"));
        assertEquals(0, ZH.page(null));
        assertEquals(20, ZH.size(""));
        assertEquals(100, ZH.size("100"));
    }

    @Test
    void eachBadParameterIsA400NamingIt() {
        assertBad("state", () -> ZH.filter(filters(null, "OPEN", null, null, null, null)));
        assertBad("level", () -> ZH.filter(filters(null, null, "big", null, null, null)));
        assertBad("source", () -> ZH.filter(filters(null, null, null, "phone", null, null)));
        assertBad("overdue", () -> ZH.filter(filters(null, null, null, null, "yes", null)));
        assertBad("enterpriseId", () -> ZH.filter(filters("0", null, null, null, null, null)));
        assertBad("enterpriseId", () -> ZH.filter(filters("abc", null, null, null, null, null)));
        assertBad("text", () -> ZH.filter(filters(null, null, null, null, null, "x".repeat(201))));
        assertBad("sort", () -> ZH.sort("name"));
        assertBad("page", () -> ZH.page("-1"));
        assertBad("size", () -> ZH.size("0"));
        assertBad("size", () -> ZH.size("101"));
        assertBad("size", () -> ZH.size("ten"));
    }

    @Test
    void theMessagesFollowTheLanguage() {
        SafeGridException zh = assertBad("state", () -> ZH.filter(filters(null, "OPEN", null, null, null, null)));
        assertEquals("参数 state 不正确：只能是 REPORTED, RECTIFYING, AWAITING_VERIFICATION, CLOSED，而不是“OPEN”",
                zh.getMessage());
        SafeGridException en = assertBad("sort", () -> EN.sort("name"));
        assertEquals("Parameter sort is invalid: one of deadline, -deadline, reportedAt, -reportedAt, overdue, "
                + "not 'name'", en.getMessage());
    }

    @Test
    void aPathIdThatIsNoNumberIsNotFound() {
        assertEquals(12, ZH.hazardId("12"));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> ZH.hazardId("abc"));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> ZH.hazardId("0"));
    }

    static SafeGridException assertBad(String parameter, org.junit.jupiter.api.function.Executable call) {
        SafeGridException e = Errors.expect(Kind.BAD_REQUEST, "bad_" + parameter, call);
        assertEquals(parameter, e.details().get("parameter"));
        return e;
    }
}
