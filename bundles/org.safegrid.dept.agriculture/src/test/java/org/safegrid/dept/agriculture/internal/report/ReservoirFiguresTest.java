package org.safegrid.dept.agriculture.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safegrid.dept.agriculture.internal.FloodSeasonRule;
import org.safegrid.dept.agriculture.internal.Season;
import org.safegrid.dept.agriculture.internal.model.InspectionFact;
import org.safegrid.dept.agriculture.internal.model.ReservoirFact;

/** July 2026 (in the flood season), as of 31 July; four reservoirs, worked out by hand. */
class ReservoirFiguresTest {

    static final FloodSeasonRule RULE = new FloodSeasonRule(Season.parse("05-01", "09-30"), 30);
    static final LocalDate AS_OF = LocalDate.of(2026, 7, 31);

    static ReservoirFact reservoir(long id, LocalDate last) {
        return new ReservoirFact(id, "R" + id, "水库" + id, "v1", last, null);
    }

    @Test
    void countsCoverageFailuresAndOverdueByHand() {
        List<ReservoirFact> reservoirs = List.of(reservoir(1, LocalDate.of(2026, 7, 20)), // inspected twice in July
                reservoir(2, LocalDate.of(2026, 7, 1)), // due 31 July: not overdue yet
                reservoir(3, LocalDate.of(2026, 6, 30)), // due 30 July: overdue
                reservoir(4, null)); // never: overdue since 2 May
        List<InspectionFact> inspections = List.of(new InspectionFact(1, LocalDate.of(2026, 7, 5), true),
                new InspectionFact(1, LocalDate.of(2026, 7, 20), false),
                new InspectionFact(2, LocalDate.of(2026, 7, 1), true),
                new InspectionFact(9, LocalDate.of(2026, 7, 2), false)); // not in scope
        ReservoirFigures f = ReservoirFigures.compute(reservoirs, inspections, RULE, AS_OF);
        assertEquals(4, f.reservoirs());
        assertEquals(2, f.inspected());
        assertEquals(3, f.inspections());
        assertEquals(1, f.failed());
        assertEquals(0.5, f.coverage());
        assertEquals(List.of(3L, 4L), f.overdue().stream().map(e -> e.getKey().id()).toList());
        assertEquals(List.of(LocalDate.of(2026, 7, 30), LocalDate.of(2026, 5, 1)),
                f.overdue().stream().map(e -> e.getValue()).toList());
    }

    @Test
    void outsideTheSeasonNothingIsOverdueAndNoReservoirsMeansNoCoverage() {
        ReservoirFigures f = ReservoirFigures.compute(List.of(reservoir(1, null)), List.of(), RULE,
                LocalDate.of(2026, 11, 30));
        assertEquals(0, f.overdue().size());
        assertEquals(0.0, f.coverage());
        assertNull(ReservoirFigures.compute(List.of(), List.of(), RULE, AS_OF).coverage());
    }
}
