package org.safegrid.dept.planning.internal.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.dept.planning.internal.project.ProjectPhase;

class QueryParamsTest {

    static void bad(String code, Runnable call) {
        SafeGridException e = assertThrows(SafeGridException.class, call::run);
        assertEquals(400, e.kind().status());
        assertEquals(code, e.code());
        assertEquals(Map.of("parameter", code.substring(4)), e.details());
    }

    @Test
    void pagingDefaultsAndLimits() {
        PageRequest p = QueryParams.page(null, " ");
        assertEquals(0, p.page());
        assertEquals(20, p.size());
        assertEquals(100, QueryParams.page("3", "100").size());
        bad("bad_page", () -> QueryParams.page("-1", null));
        bad("bad_size", () -> QueryParams.page(null, "101"));
        bad("bad_size", () -> QueryParams.page(null, "ten"));
    }

    @Test
    void filters() {
        assertEquals(ProjectPhase.FOUNDATION, QueryParams.choice("phase", " FOUNDATION ", ProjectPhase.class));
        assertNull(QueryParams.choice("phase", "", ProjectPhase.class));
        bad("bad_phase", () -> QueryParams.choice("phase", "foundation", ProjectPhase.class));
        assertEquals(5L, QueryParams.optionalId("enterpriseId", "5"));
        bad("bad_enterpriseId", () -> QueryParams.optionalId("enterpriseId", "0"));
        assertEquals("安置房", QueryParams.text("text", " 安置房 "));
        bad("bad_text", () -> QueryParams.text("text", "x".repeat(101)));
    }

    @Test
    void aMalformedPathIdIsNotFound() {
        assertEquals(404,
                assertThrows(SafeGridException.class, () -> QueryParams.id("project", "abc")).kind().status());
        assertEquals(404, assertThrows(SafeGridException.class, () -> QueryParams.id("project", "-3")).kind().status());
        assertEquals(7, QueryParams.id("project", "7"));
    }
}
