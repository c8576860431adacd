package org.safegrid.reports.internal.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.report.ReportUnit.Kind;
import org.safegrid.reports.internal.model.ReportContent.LastPlace;
import org.safegrid.reports.internal.model.ReportContent.UnitRow;

/**
 * The units ranked last (measure 5's last-place statement) and for how many periods in a row: going back period by
 * period of the same kind, at most {@code maxStreak} periods with this one, and stopping at the first period a unit
 * was not (tied) last.
 */
final class LastPlaces {

    private LastPlaces() {
    }

    /**
     * @param rows this period's rows of one kind, ranked
     * @param lastOf the codes ranked last in an earlier period
     */
    static List<LastPlace> of(Kind kind, List<UnitRow> rows, ReportPeriod period,
            BiFunction<ReportPeriod, Kind, Set<String>> lastOf, int maxStreak) {
        Set<String> last = Rows.last(rows);
        if (last.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> streaks = new HashMap<>();
        last.forEach(code -> streaks.put(code, 1));
        Set<String> alive = new TreeSet<>(last);
        ReportPeriod earlier = period;
        for (int count = 2; count <= maxStreak && !alive.isEmpty(); count++) {
            earlier = earlier.previous();
            alive.retainAll(lastOf.apply(earlier, kind));
            for (String code : alive) {
                streaks.put(code, count);
            }
        }
        List<LastPlace> places = new ArrayList<>();
        for (UnitRow row : rows) {
            if (last.contains(row.code())) {
                places.add(new LastPlace(kind, row.code(), row.name(), row.score(), streaks.get(row.code())));
            }
        }
        return places;
    }
}
