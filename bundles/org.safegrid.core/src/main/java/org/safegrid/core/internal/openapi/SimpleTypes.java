package org.safegrid.core.internal.openapi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON types of the Java types Jackson writes as plain values (java.time as ISO-8601 strings). */
final class SimpleTypes {

    private static final Map<Class<?>, List<String>> TYPES = new HashMap<>();

    static {
        for (Class<?> c : List.of(String.class, char.class, Character.class)) {
            TYPES.put(c, List.of("string"));
        }
        for (Class<?> c : List.of(int.class, Integer.class, short.class, Short.class, byte.class, Byte.class)) {
            TYPES.put(c, List.of("integer", "int32"));
        }
        TYPES.put(long.class, List.of("integer", "int64"));
        TYPES.put(Long.class, List.of("integer", "int64"));
        TYPES.put(BigInteger.class, List.of("integer"));
        TYPES.put(boolean.class, List.of("boolean"));
        TYPES.put(Boolean.class, List.of("boolean"));
        TYPES.put(double.class, List.of("number", "double"));
        TYPES.put(Double.class, List.of("number", "double"));
        TYPES.put(float.class, List.of("number", "float"));
        TYPES.put(Float.class, List.of("number", "float"));
        TYPES.put(BigDecimal.class, List.of("number"));
        TYPES.put(LocalDate.class, List.of("string", "date"));
        for (Class<?> c : List.of(LocalDateTime.class, Instant.class, OffsetDateTime.class, ZonedDateTime.class,
                Date.class)) {
            TYPES.put(c, List.of("string", "date-time"));
        }
        TYPES.put(UUID.class, List.of("string", "uuid"));
        TYPES.put(URI.class, List.of("string", "uri"));
        TYPES.put(byte[].class, List.of("string", "byte"));
    }

    private SimpleTypes() {
    }

    /** {@code {type, format}} for a plain value type, or null for anything else. */
    static Map<String, Object> schema(Class<?> c) {
        List<String> type = TYPES.get(c);
        if (type == null) {
            return null;
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", type.get(0));
        if (type.size() > 1) {
            schema.put("format", type.get(1));
        }
        return schema;
    }
}
