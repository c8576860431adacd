package org.safegrid.reports.internal.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A report as answered by the REST API, in the reader's language; also what the archive keeps (once per language) and
 * what the exports are drawn from. The field names are the contract with the web dashboards.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"kind", "unit", "title", "period", "generatedAt", "archived", "archiveId", "figures", "totals",
        "departments", "villages", "lastPlace", "exposure", "trend", "sections", "scoring"})
public record ReportView(String kind, String unit, String title, PeriodView period, Instant generatedAt,
        boolean archived, Long archiveId, List<FigureView> figures, Map<String, Number> totals,
        List<UnitView> departments, List<UnitView> villages, List<LastPlaceView> lastPlace, TableView exposure,
        List<TrendView> trend, List<SectionView> sections, String scoring) {

    /** The same report as read from the archive entry {@code id}. */
    public ReportView archivedAs(long id) {
        return new ReportView(kind, unit, title, period, generatedAt, true, id, figures, totals, departments,
                villages, lastPlace, exposure, trend, sections, scoring);
    }

    /** The period. */
    public record PeriodView(String granularity, String key, LocalDate from, LocalDate to) {
    }

    /** A figure: {@code type} is COUNT, RATE, AMOUNT or FLAG; {@code better} HIGHER, LOWER or NEITHER. */
    public record FigureView(String code, String label, String type, String better) {
    }

    /** A department or village row: a value per figure code (rates 0..1 or null), its score and rank. */
    @JsonPropertyOrder({"unit", "name", "values", "score", "rank"})
    public record UnitView(String unit, String name, Map<String, Number> values, double score, int rank) {
    }

    /** A unit ranked last; {@code kind} is DEPARTMENT or VILLAGE. */
    @JsonPropertyOrder({"kind", "unit", "name", "score", "consecutive"})
    public record LastPlaceView(String kind, String unit, String name, double score, int consecutive) {
    }

    /** A table. */
    @JsonPropertyOrder({"code", "title", "columns", "rows"})
    public record TableView(String code, String title, List<String> columns, List<List<String>> rows) {
    }

    /** The totals of one period. */
    public record TrendView(String period, Map<String, Number> values) {
    }

    /** A department's section. */
    @JsonPropertyOrder({"department", "code", "title", "figures", "tables"})
    public record SectionView(String department, String code, String title, List<SectionFigureView> figures,
            List<TableView> tables) {
    }

    /** A figure of a section. */
    @JsonPropertyOrder({"code", "label", "value", "unit"})
    public record SectionFigureView(String code, String label, BigDecimal value, String unit) {
    }
}
