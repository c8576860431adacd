package org.safegrid.inbox.internal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.function.Executable;
import org.safegrid.api.error.SafeGridException;

/** Helpers to look into the SafeGridException a call throws. */
public final class Errors {

    private Errors() {
    }

    /** Runs {@code code}, expects a 422 {@code validation_failed} and returns its {@code details.fields}. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> fields(Executable code) {
        SafeGridException e = expect(SafeGridException.Kind.INVALID, "validation_failed", code);
        return (Map<String, String>) e.details().get("fields");
    }

    /** Runs {@code code} and expects the given kind and code. */
    public static SafeGridException expect(SafeGridException.Kind kind, String code, Executable run) {
        SafeGridException e = assertThrows(SafeGridException.class, run);
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }
}
