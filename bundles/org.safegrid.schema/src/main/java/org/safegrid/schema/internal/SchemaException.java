package org.safegrid.schema.internal;

/** A module's schema could not be brought to its version. */
final class SchemaException extends Exception {

    private static final long serialVersionUID = 1L;

    SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
