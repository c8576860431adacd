package org.safegrid.security.internal.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.safegrid.api.error.SafeGridException;

/** Shared by the commands: role lists and turning domain errors into one readable shell error. */
final class Shell {

    private Shell() {
    }

    static List<String> roles(String roles) {
        return roles == null || roles.isBlank()
                ? List.of()
                : Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
    }

    static Object run(Supplier<String> action) {
        try {
            return action.get();
        } catch (SafeGridException e) {
            throw new IllegalArgumentException(describe(e), null);
        }
    }

    @SuppressWarnings("unchecked")
    static String describe(SafeGridException e) {
        Object fields = e.details().get("fields");
        if (fields instanceof Map<?, ?> map && !map.isEmpty()) {
            return e.getMessage() + ": " + ((Map<String, String>) map).entrySet().stream()
                    .map(f -> f.getKey() + " " + f.getValue()).collect(Collectors.joining("; "));
        }
        return e.getMessage();
    }
}
