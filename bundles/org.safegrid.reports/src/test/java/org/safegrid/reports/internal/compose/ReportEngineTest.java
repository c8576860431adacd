package org.safegrid.reports.internal.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.report.CoreFigures;
import org.safegrid.api.report.FigureValue;
import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.report.ReportUnit;
import org.safegrid.reports.internal.model.ReportContent;
import org.safegrid.reports.internal.model.ReportContent.UnitRow;
import org.safegrid.reports.internal.testing.CoreSource;
import org.safegrid.reports.internal.testing.Engines;
import org.safegrid.reports.internal.testing.Sample;
import org.safegrid.reports.internal.view.ReportView;
import org.safegrid.reports.internal.view.ReportViews;

class ReportEngineTest {

    private static final ReportPeriod NOVEMBER = ReportPeriod.month(YearMonth.of(2026, 11));

    private final Engines engines = new Engines();

    @AfterEach
    void close() {
        engines.close();
    }

    @Test
    void mergesTheSourcesTotals() {
        engines.sources.add(Sample.core());
        engines.sources.add(Sample.penalties());
        ReportContent town = engines.engine().town(NOVEMBER);

        assertEquals(List.of("inspections", "penalties", "self-inspection-compliance", "plate-completeness",
                "hazards-rectified", "hazards-overdue", "zero-enforcement", "major-overdue"),
                town.figures().stream().map(f -> f.code()).toList());
        assertEquals(FigureValue.count(12), town.totals().get(CoreFigures.INSPECTIONS));
        assertEquals(FigureValue.count(3), town.totals().get(CoreFigures.PENALTIES));
        assertEquals(FigureValue.rate(30, 40), town.totals().get(CoreFigures.SELF_INSPECTION_COMPLIANCE));

        ReportView view = ReportViews.render(town, false);
        assertEquals(12L, view.totals().get("inspections"));
        assertEquals(0.75, view.totals().get("self-inspection-compliance"));
        assertEquals(0.8, view.totals().get("plate-completeness"));
        assertEquals(1L, view.totals().get("major-overdue"));
        assertEquals("白市驿镇安全生产监管月报（2026年11月）", view.title());
        assertEquals("检查次数", view.figures().get(0).label());
        assertEquals("Inspections", ReportViews.render(town, true).figures().get(0).label());
    }

    @Test
    void scoresAndRanksDepartmentsAndVillages() {
        engines.sources.add(Sample.core());
        ReportContent town = engines.engine().town(NOVEMBER);

        assertEquals(List.of("emergency:96.0:1", "economic:78.0:2", "planning:35.0:3"), rows(town.departments()));
        assertEquals(List.of("v02:80.0:1", "v01:67.0:2"), rows(town.villages()));
        assertEquals("应急办", town.departments().get(0).name().zh());
        assertEquals("高田村", town.villages().get(0).name().zh());
        // a village with a rate over nothing keeps it as none, not zero
        ReportView view = ReportViews.render(town, false);
        assertNull(view.villages().get(0).values().get("self-inspection-compliance"));
        assertTrue(view.villages().get(0).values().containsKey("self-inspection-compliance"));
    }

    @Test
    void namesTheLastUnitsOfEachKind() {
        engines.sources.add(Sample.core());
        ReportContent town = engines.engine().town(NOVEMBER);

        // earlier months have no data: every unit scores 100, nobody is behind, so the streak is this month only
        assertEquals(List.of("DEPARTMENT:planning:35.0:1", "VILLAGE:v01:67.0:1"),
                town.lastPlace().stream()
                        .map(l -> l.kind() + ":" + l.code() + ":" + l.score() + ":" + l.consecutive())
                        .toList());
        assertEquals(Sample.EXPOSURE, town.exposure());
    }

    @Test
    void trendRunsFromTheOldestPeriodToThisOne() {
        engines.sources.add(Sample.core());
        ReportContent town = engines.engine().town(NOVEMBER);

        assertEquals(List.of("2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"),
                town.trend().stream().map(t -> t.period()).toList());
        assertEquals(FigureValue.count(9), town.trend().get(4).values().get(CoreFigures.INSPECTIONS));
        assertEquals(FigureValue.count(12), town.trend().get(5).values().get(CoreFigures.INSPECTIONS));
        assertEquals(FigureValue.ZERO, town.trend().get(0).values().get(CoreFigures.INSPECTIONS));
    }

    @Test
    void earlierPeriodsAreComputedOnceAndKept() {
        CoreSource core = Sample.core();
        engines.sources.add(core);
        ReportEngine engine = engines.engine();
        engine.town(NOVEMBER);
        int first = core.calls.get();
        assertEquals(6, first, "this month and the five before");
        engine.town(NOVEMBER);
        assertEquals(first + 1, core.calls.get(), "only the running month again");
    }

    @Test
    void aFailingSourceOrSectionIsLeftOut() {
        engines.sources.add(Sample.core());
        engines.sources.add(Sample.broken());
        engines.sections.add(new ContributedSection("emergency", Sample.emergencySection()));
        engines.sections.add(new ContributedSection("planning", Sample.failingSection()));
        engines.sections.add(new ContributedSection("economic", request -> null));
        ReportContent town = engines.engine().town(NOVEMBER);

        assertEquals(FigureValue.count(12), town.totals().get(CoreFigures.INSPECTIONS));
        assertTrue(town.figures().stream().noneMatch(f -> f.code().equals("broken")));
        assertEquals(List.of("emergency-duty"), town.sections().stream().map(s -> s.section().code()).toList());
    }

    @Test
    void aDepartmentReportCountsInItsScopeAndHoldsOnlyItsSection() {
        CoreSource core = Sample.core();
        engines.sources.add(core);
        engines.sections.add(new ContributedSection("emergency", Sample.emergencySection()));
        engines.sections.add(new ContributedSection("planning", request -> Sample.emergencySection()
                .section(request)));
        ReportContent report = engines.engine().department("emergency", NOVEMBER);

        assertEquals(ReportUnit.Kind.DEPARTMENT, report.kind());
        assertEquals(FigureValue.count(7), report.totals().get(CoreFigures.INSPECTIONS));
        assertEquals(List.of("emergency:96.0:1"), rows(report.departments()));
        assertEquals(List.of("v02:80.0:1", "v01:67.0:2"), rows(report.villages()));
        assertTrue(report.lastPlace().isEmpty());
        assertEquals(List.of("emergency"), report.sections().stream().map(s -> s.department()).toList());
        assertTrue(core.requests.stream().allMatch(r -> r.scope().departments().equals(Set.of("emergency"))
                && !r.scope().all()));
        assertEquals("应急办安全生产监管月报（2026年11月）", report.title().zh());
    }

    @Test
    void aVillageReportHasNoSections() {
        engines.sources.add(Sample.core());
        engines.sections.add(new ContributedSection("emergency", Sample.emergencySection()));
        ReportContent report = engines.engine().village("v01", NOVEMBER);
        assertEquals(List.of("v01:67.0:1"), rows(report.villages()));
        assertTrue(report.sections().isEmpty());
        assertEquals(FigureValue.count(4), report.totals().get(CoreFigures.INSPECTIONS));
    }

    @Test
    void consecutiveLastPlacesGoBackUntilAUnitWasNotLast() {
        CoreSource source = streaks();
        engines.sources.add(source);
        ReportContent town = engines.engine().town(NOVEMBER);

        // Nov: economic and planning tied last; Oct: planning alone; Sep: planning and emergency tied; Aug: all equal
        assertEquals(List.of("economic:80.0:1", "planning:80.0:3"), lastDepartments(town));
    }

    @Test
    void archivedMonthsDecideEarlierLastPlaces() {
        engines.sources.add(streaks());
        // the archive of October says economic was last then, whatever the sources say today
        engines.archive = month -> month.equals("2026-10")
                ? java.util.Optional.of(Map.of(ReportUnit.Kind.DEPARTMENT, Set.of("economic"), ReportUnit.Kind.VILLAGE,
                        Set.of()))
                : java.util.Optional.empty();
        ReportContent town = engines.engine().town(NOVEMBER);
        // economic: Nov (computed) + Oct (archived), not last in Sep (computed) → 2; planning: not last in Oct → 1
        assertEquals(List.of("economic:80.0:2", "planning:80.0:1"), lastDepartments(town));
    }

    @Test
    void streaksStopAtTheLimit() {
        engines.sources.add(streaks());
        engines.settings = new org.safegrid.reports.internal.Settings(engines.settings.zone(), 1, 5, 2,
                engines.settings.townName(), 5);
        assertEquals(List.of("economic:80.0:1", "planning:80.0:2"), lastDepartments(engines.engine().town(NOVEMBER)));
    }

    /** Three departments; the zero-enforcement flag (−20) decides who is last in each month. */
    private static CoreSource streaks() {
        CoreSource source = new CoreSource();
        zero(source, "2026-11", "economic", "planning");
        zero(source, "2026-10", "planning");
        zero(source, "2026-09", "planning", "emergency");
        for (String month : List.of("2026-11", "2026-10", "2026-09")) {
            for (String department : List.of("emergency", "planning", "economic")) {
                source.put(month, ReportUnit.department(department), CoreFigures.INSPECTIONS, FigureValue.count(1));
            }
        }
        return source;
    }

    private static void zero(CoreSource source, String month, String... departments) {
        for (String department : departments) {
            source.put(month, ReportUnit.department(department), CoreFigures.ZERO_ENFORCEMENT, FigureValue.flag(true));
        }
    }

    private static List<String> lastDepartments(ReportContent town) {
        return town.lastPlace().stream()
                .filter(l -> l.kind() == ReportUnit.Kind.DEPARTMENT)
                .map(l -> l.code() + ":" + l.score() + ":" + l.consecutive())
                .toList();
    }

    private static List<String> rows(List<UnitRow> rows) {
        return rows.stream().map(r -> r.code() + ":" + r.score() + ":" + r.rank()).toList();
    }
}
