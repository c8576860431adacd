package org.safegrid.dept.culture.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safegrid.dept.culture.internal.Events.event;
import static org.safegrid.dept.culture.internal.Events.failed;
import static org.safegrid.dept.culture.internal.Events.stored;
import static org.safegrid.dept.culture.internal.Events.unassessed;
import static org.safegrid.dept.culture.internal.Events.with;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.report.ReportSection;
import org.safegrid.api.report.SectionFigure;
import org.safegrid.api.security.DataScope;

class CultureSectionTest {

    static final LocalDateTime DAY = LocalDateTime.of(2026, 11, 10, 19, 0);

    static EnterpriseProfile place(long id, String sector) {
        return new EnterpriseProfile(id, "X", "场所" + id, sector, "culture", null, "V01", "YELLOW", Set.of(), 10);
    }

    static Map<String, BigDecimal> values(ReportSection s) {
        return s.figures().stream().filter(f -> f.value() != null)
                .collect(Collectors.toMap(SectionFigure::code, SectionFigure::value));
    }

    @Test
    void countsPlacesAndThePeriodsEvents() {
        ReportSection s = CultureSection.compute(List.of(place(1, "scenic-spot"), place(2, "entertainment-venue"),
                place(3, "entertainment-venue")),
                List.of(stored(1, event("汇演", DAY)), stored(2, unassessed("灯会", DAY.plusDays(2))),
                        stored(3, failed(event("音乐节", DAY.plusDays(3)))),
                        stored(4, with(event("庙会", DAY.plusDays(4)), 5000, 3000, false, false))));
        Map<String, BigDecimal> v = values(s);
        assertEquals(0, BigDecimal.ONE.compareTo(v.get("scenic-spots")));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(v.get("venues")));
        assertEquals(0, BigDecimal.valueOf(4).compareTo(v.get("large-events")));
        assertEquals(0, BigDecimal.valueOf(2000 * 3 + 5000).compareTo(v.get("expected-attendance")));
        assertEquals(new BigDecimal("50.0"), v.get("assessed-share"));
        assertEquals(new BigDecimal("75.0"), v.get("plan-filed-share"));
        assertEquals(0, BigDecimal.ONE.compareTo(v.get("over-capacity")));
        List<List<String>> rows = s.tables().get(0).rows();
        assertEquals(4, rows.size());
        assertEquals(List.of("灯会", "2026-11-12 19:00", "白市驿广场", "2000", "NONE", "YES"), rows.get(1));
        assertEquals("FAILED", rows.get(2).get(4));
    }

    @Test
    void aVillageReaderGetsThePlaceCountsOnly() {
        assertTrue(CultureSection.coversEvents(DataScope.everything()));
        assertTrue(CultureSection.coversEvents(DataScope.of(Set.of("dept-culture"))));
        assertFalse(CultureSection.coversEvents(DataScope.of(Set.of("village-V01"))));
        ReportSection s = CultureSection.compute(List.of(place(1, "scenic-spot")), null);
        assertFalse(values(s).containsKey("large-events"));
        assertEquals(List.of(), s.tables());
    }

    @Test
    void sharesOverNoEventsAreNoValue() {
        ReportSection s = CultureSection.compute(List.of(), List.of());
        assertNull(s.figures().stream().filter(f -> f.code().equals("assessed-share")).findFirst().orElseThrow()
                .value());
        assertEquals(List.of(), s.tables().get(0).rows());
    }
}
