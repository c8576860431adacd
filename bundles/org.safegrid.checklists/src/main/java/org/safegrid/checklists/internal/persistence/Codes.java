package org.safegrid.checklists.internal.persistence;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Sets of codes (sectors, flags) stored in one column: sorted, comma-separated, null when empty. */
final class Codes {

    private Codes() {
    }

    static String join(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return null;
        }
        return String.join(",", new TreeSet<>(codes));
    }

    static Set<String> split(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
