package org.safegrid.dept.economic.internal.validation;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.dept.economic.internal.model.PageRequest;

/**
 * Parses query and path parameters. They arrive as strings so that a malformed one is a 400 with a clear message
 * rather than JAX-RS's default 404 for an unconvertible query parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** Paging: {@code page} from 0 (default 0), {@code size} 1 to {@value PageRequest#MAX_SIZE} (default 20). */
    public static PageRequest page(String page, String size) {
        int p = integer("page", page, 0, 0, Integer.MAX_VALUE);
        int s = integer("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
        return new PageRequest(p, s);
    }

    /** An id from the path; anything but a positive number names nothing, so it is a 404. */
    public static long id(String what, String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw SafeGridException.notFound(what, value);
    }

    /** A required version in the query ({@code DELETE ...?version=3}). */
    public static long version(String value) {
        if (value != null && !value.isBlank()) {
            try {
                long version = Long.parseLong(value.strip());
                if (version >= 0) {
                    return version;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw SafeGridException.badRequest("bad_version", "version must be the team's current version, a whole "
                + "number from 0, not " + (value == null ? "nothing" : quote(value)));
    }

    private static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String range = max == Integer.MAX_VALUE ? "from " + min : "from " + min + " to " + max;
        throw SafeGridException.badRequest("bad_" + name, name + " must be a whole number " + range + ", not "
                + quote(value));
    }

    /** The value for a message, cut short: it comes from the request and is echoed back. */
    static String quote(String value) {
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }
}
