package org.safegrid.dept.agriculture.internal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safegrid.dept.agriculture.internal.FloodSeasonRule;
import org.safegrid.dept.agriculture.internal.model.InspectionFact;
import org.safegrid.dept.agriculture.internal.model.ReservoirFact;

/**
 * The section's figures over hand-picked facts: how many reservoirs, how many were inspected in the period and how
 * often, how many inspections failed, and which were overdue on the as-of day.
 *
 * @param reservoirs reservoirs and ponds in scope
 * @param inspected reservoirs with at least one inspection in the period
 * @param inspections inspections in the period
 * @param failed inspections in the period that did not pass
 * @param overdue reservoirs overdue on the as-of day, with the day each was due
 */
public record ReservoirFigures(int reservoirs, int inspected, int inspections, int failed,
        List<Map.Entry<ReservoirFact, LocalDate>> overdue) {

    /**
     * @param reservoirs the reservoirs in scope, each with its latest inspection on or before {@code asOf}
     * @param inspections the inspections of those reservoirs in the period
     */
    public static ReservoirFigures compute(List<ReservoirFact> reservoirs, List<InspectionFact> inspections,
            FloodSeasonRule rule, LocalDate asOf) {
        Set<Long> inScope = new HashSet<>();
        reservoirs.forEach(r -> inScope.add(r.id()));
        Set<Long> inspected = new HashSet<>();
        int count = 0;
        int failed = 0;
        for (InspectionFact i : inspections) {
            if (inScope.contains(i.reservoirId())) {
                inspected.add(i.reservoirId());
                count++;
                failed += i.passed() ? 0 : 1;
            }
        }
        List<Map.Entry<ReservoirFact, LocalDate>> overdue = new ArrayList<>();
        for (ReservoirFact r : reservoirs) {
            rule.dueOn(r.lastInspectedOn(), asOf)
                    .filter(asOf::isAfter)
                    .ifPresent(due -> overdue.add(Map.entry(r, due)));
        }
        return new ReservoirFigures(reservoirs.size(), inspected.size(), count, failed, List.copyOf(overdue));
    }

    /** Inspected over all, as a share from 0 to 1; null when there are none. */
    public Double coverage() {
        return reservoirs == 0 ? null : (double) inspected / reservoirs;
    }
}
