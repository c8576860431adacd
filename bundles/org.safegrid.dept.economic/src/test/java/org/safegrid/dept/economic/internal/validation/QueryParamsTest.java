package org.safegrid.dept.economic.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;

class QueryParamsTest {

    @Test
    void pagingDefaultsAndLimits() {
        assertEquals(20, QueryParams.page(null, null).size());
        assertEquals(40, QueryParams.page("2", "20").offset());
        assertEquals("bad_size", assertThrows(SafeGridException.class, () -> QueryParams.page("0", "500")).code());
        assertEquals("bad_page", assertThrows(SafeGridException.class, () -> QueryParams.page("-1", "5")).code());
    }

    @Test
    void idsAndVersions() {
        assertEquals(404, assertThrows(SafeGridException.class, () -> QueryParams.id("team", "abc")).kind().status());
        assertEquals(7, QueryParams.id("team", "7"));
        assertEquals(3, QueryParams.version("3"));
        assertEquals("bad_version", assertThrows(SafeGridException.class, () -> QueryParams.version(null)).code());
        assertEquals("bad_version", assertThrows(SafeGridException.class, () -> QueryParams.version("x")).code());
    }
}
