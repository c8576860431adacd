package org.safegrid.reports.internal.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.report.FigureDefinition;
import org.safegrid.api.report.FigureValue;
import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.report.ReportSection;
import org.safegrid.api.report.ReportTable;
import org.safegrid.api.report.ReportUnit;

/**
 * A report as composed, in both languages: what the JSON answer, the archive and the exports are rendered from.
 *
 * @param kind town, department or village
 * @param unit {@code town}, the department id or the village code
 * @param title the title
 * @param period the period
 * @param generatedAt when it was composed
 * @param figures the figures, in display order
 * @param totals the values of the report's own unit
 * @param departments the department rows, in rank order
 * @param villages the village rows, in rank order
 * @param lastPlace the units ranked last (town reports only)
 * @param exposure the overdue major hazards, or null when no source made that table
 * @param trend the totals of earlier periods and this one, oldest first
 * @param sections the departments' sections
 */
public record ReportContent(ReportUnit.Kind kind, String unit, LocalizedText title, ReportPeriod period,
        Instant generatedAt, List<FigureDefinition> figures, Map<String, FigureValue> totals, List<UnitRow> departments,
        List<UnitRow> villages, List<LastPlace> lastPlace, ReportTable exposure, List<TrendPoint> trend,
        List<DepartmentSection> sections) {

    public ReportContent {
        figures = List.copyOf(figures);
        totals = Map.copyOf(totals);
        departments = List.copyOf(departments);
        villages = List.copyOf(villages);
        lastPlace = List.copyOf(lastPlace);
        trend = List.copyOf(trend);
        sections = List.copyOf(sections);
    }

    /** A ranked unit. */
    public record UnitRow(String code, LocalizedText name, Map<String, FigureValue> values, double score, int rank) {
    }

    /** A unit ranked last, and for how many periods in a row. */
    public record LastPlace(ReportUnit.Kind kind, String code, LocalizedText name, double score, int consecutive) {
    }

    /** The totals of one period. */
    public record TrendPoint(String period, Map<String, FigureValue> values) {
    }

    /** A department's section. */
    public record DepartmentSection(String department, ReportSection section) {
    }
}
