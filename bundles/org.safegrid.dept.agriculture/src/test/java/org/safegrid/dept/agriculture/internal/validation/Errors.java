package org.safegrid.dept.agriculture.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.function.Executable;
import org.safegrid.api.error.SafeGridException;

/** Helpers to look into the SafeGridException a check throws. */
final class Errors {

    private Errors() {
    }

    /** Runs {@code code}, expects a 422 and returns its {@code details.fields}. */
    @SuppressWarnings("unchecked")
    static Map<String, String> fields(Executable code) {
        SafeGridException e = assertThrows(SafeGridException.class, code);
        assertEquals(SafeGridException.Kind.INVALID, e.kind());
        assertEquals(422, e.kind().status());
        assertEquals("validation_failed", e.code());
        return (Map<String, String>) e.details().get("fields");
    }

    /** Runs {@code code} and expects the given kind and code. */
    static SafeGridException expect(SafeGridException.Kind kind, String code, Executable run) {
        SafeGridException e = assertThrows(SafeGridException.class, run);
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }
}
