package org.safegrid.reports.internal.compose;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safegrid.api.report.ReportUnit;

/** The units ranked last in an archived monthly town report, when there is one. */
@FunctionalInterface
public interface ArchivedLastPlaces {

    /** No archive at all. */
    ArchivedLastPlaces NONE = month -> Optional.empty();

    /** Per kind (departments, villages), the codes ranked last in the town report archived for the month. */
    Optional<Map<ReportUnit.Kind, Set<String>>> lastPlaces(String monthKey);
}
