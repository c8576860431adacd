package org.safegrid.dept.citymgmt.internal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.safegrid.api.report.ReportPeriod;
import org.safegrid.dept.citymgmt.internal.model.BillboardFact;
import org.safegrid.dept.citymgmt.internal.model.GasFailureFact;

/**
 * The section's figures over hand-picked facts.
 *
 * @param billboards billboards standing on the as-of day
 * @param checked billboards whose latest structural check lies in the period
 * @param overdue billboards overdue for their structural check on the as-of day, with the day each was due; one
 *        checked after the as-of day is not counted (its earlier check is not kept)
 * @param failures failed gas-alarm items in the period
 * @param repeat restaurants with at least the threshold of failures in the period, with their failures (most first)
 */
public record CityFigures(int billboards, int checked, List<Map.Entry<BillboardFact, LocalDate>> overdue,
        int failures, List<Map.Entry<GasFailureFact, Integer>> repeat) {

    /**
     * @param due the day a billboard's next check is due, from its last check (or null) and its installation
     * @param failures the gas-alarm failures in the period
     */
    public static CityFigures compute(List<BillboardFact> billboards, List<GasFailureFact> failures,
            ReportPeriod period, LocalDate asOf, BiFunction<LocalDate, LocalDate, LocalDate> due, int threshold) {
        int checked = 0;
        List<Map.Entry<BillboardFact, LocalDate>> overdue = new ArrayList<>();
        for (BillboardFact b : billboards) {
            LocalDate last = b.lastCheckedOn();
            if (last != null && period.contains(last)) {
                checked++;
            }
            if (last != null && last.isAfter(asOf)) {
                continue;
            }
            LocalDate dueOn = due.apply(last, b.installedOn());
            if (asOf.isAfter(dueOn)) {
                overdue.add(Map.entry(b, dueOn));
            }
        }
        Map<Long, List<GasFailureFact>> byRestaurant = new LinkedHashMap<>();
        failures.forEach(f -> byRestaurant.computeIfAbsent(f.enterpriseId(), k -> new ArrayList<>()).add(f));
        List<Map.Entry<GasFailureFact, Integer>> repeat = new ArrayList<>();
        byRestaurant.values().stream().filter(list -> list.size() >= threshold).forEach(list -> repeat.add(
                Map.entry(list.get(list.size() - 1), list.size())));
        repeat.sort(Map.Entry.<GasFailureFact, Integer>comparingByValue().reversed());
        return new CityFigures(billboards.size(), checked, List.copyOf(overdue), failures.size(), List.copyOf(repeat));
    }
}
