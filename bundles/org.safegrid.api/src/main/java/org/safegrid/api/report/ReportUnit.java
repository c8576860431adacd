package org.safegrid.api.report;

import java.util.Objects;

/**
 * What a figure is counted for: a department (by its id, for example {@code emergency}), a village (by its code) or the
 * whole town.
 *
 * <p>
 * A department counts what it regulates (as first or second regulating department) or what it did (inspections,
 * enforcement by the acting department); a village counts what lies in it; the town counts everything once.
 */
public record ReportUnit(Kind kind, String code) {

    /** The kinds of unit. */
    public enum Kind {
        DEPARTMENT, VILLAGE, TOWN
    }

    private static final ReportUnit TOWN = new ReportUnit(Kind.TOWN, "town");

    public ReportUnit {
        Objects.requireNonNull(kind, "kind");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a report unit needs a code");
        }
    }

    public static ReportUnit town() {
        return TOWN;
    }

    public static ReportUnit department(String id) {
        return new ReportUnit(Kind.DEPARTMENT, id);
    }

    public static ReportUnit village(String code) {
        return new ReportUnit(Kind.VILLAGE, code);
    }
}
