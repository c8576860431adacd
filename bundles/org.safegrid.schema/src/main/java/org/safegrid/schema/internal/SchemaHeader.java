package org.safegrid.schema.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parsed {@code SafeGrid-Schema} manifest header: {@code <change log path>;module=<name>}. */
record SchemaHeader(String changeLog, String module) {

    private static final Pattern FORMAT = Pattern
            .compile("\\s*([^;\\s]+)\\s*;\\s*module\\s*=\\s*\"?([a-z][a-z0-9-]*)\"?\\s*");

    static Optional<SchemaHeader> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "SafeGrid-Schema header must be '<change log>;module=<name>', not '" + value + "'");
        }
        return Optional.of(new SchemaHeader(m.group(1), m.group(2)));
    }
}
