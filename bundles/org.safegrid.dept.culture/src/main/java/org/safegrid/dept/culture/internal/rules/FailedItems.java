package org.safegrid.dept.culture.internal.rules;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** The failed item codes of a submission event, whether they come as a {@code String[]}, a collection or one text. */
final class FailedItems {

    private FailedItems() {
    }

    static Set<String> of(Object value) {
        if (value instanceof String[] codes) {
            return Set.copyOf(Arrays.asList(codes));
        }
        if (value instanceof Collection<?> codes) {
            return codes.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        if (value instanceof String text && !text.isBlank()) {
            return Arrays.stream(text.split(",")).map(String::strip).collect(Collectors.toSet());
        }
        return Set.of();
    }
}
