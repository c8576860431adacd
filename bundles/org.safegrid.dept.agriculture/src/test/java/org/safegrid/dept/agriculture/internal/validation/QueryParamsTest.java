package org.safegrid.dept.agriculture.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.dept.agriculture.internal.model.ReservoirKind;

class QueryParamsTest {

    @Test
    void badFiltersAre400sWithTheirName() {
        Errors.expect(SafeGridException.Kind.BAD_REQUEST, "bad_kind",
                () -> QueryParams.choice("kind", "HUGE", ReservoirKind.class));
        Errors.expect(SafeGridException.Kind.BAD_REQUEST, "bad_overdue", () -> QueryParams.flag("overdue", "yes"));
        Errors.expect(SafeGridException.Kind.BAD_REQUEST, "bad_size", () -> QueryParams.page("0", "500", null, null));
        Errors.expect(SafeGridException.Kind.NOT_FOUND, "not_found", () -> QueryParams.id("reservoir", "abc"));
        assertEquals(ReservoirKind.POND, QueryParams.choice("kind", " POND ", ReservoirKind.class));
        assertEquals(Boolean.TRUE, QueryParams.flag("overdue", "true"));
        assertNull(QueryParams.flag("overdue", ""));
    }
}
