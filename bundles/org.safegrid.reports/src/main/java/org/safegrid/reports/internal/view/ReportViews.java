package org.safegrid.reports.internal.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.report.FigureDefinition;
import org.safegrid.api.report.FigureValue;
import org.safegrid.api.report.ReportSection;
import org.safegrid.api.report.ReportTable;
import org.safegrid.api.report.SectionFigure;
import org.safegrid.reports.internal.compose.Scoring;
import org.safegrid.reports.internal.model.ReportContent;
import org.safegrid.reports.internal.model.ReportContent.DepartmentSection;
import org.safegrid.reports.internal.model.ReportContent.UnitRow;
import org.safegrid.reports.internal.view.ReportView.FigureView;
import org.safegrid.reports.internal.view.ReportView.LastPlaceView;
import org.safegrid.reports.internal.view.ReportView.PeriodView;
import org.safegrid.reports.internal.view.ReportView.SectionFigureView;
import org.safegrid.reports.internal.view.ReportView.SectionView;
import org.safegrid.reports.internal.view.ReportView.TableView;
import org.safegrid.reports.internal.view.ReportView.TrendView;
import org.safegrid.reports.internal.view.ReportView.UnitView;

/** Renders a composed report in one language. */
public final class ReportViews {

    /** The exposure table's title when no source made one. */
    static final LocalizedText EXPOSURE = LocalizedText.of("重大隐患逾期曝光", "Overdue major hazards");

    private ReportViews() {
    }

    public static ReportView render(ReportContent content, boolean english) {
        List<FigureDefinition> definitions = content.figures();
        List<FigureView> figures = definitions.stream()
                .map(d -> new FigureView(d.code(), text(d.label(), english), d.type().name(), d.better().name()))
                .toList();
        ReportTable exposure = content.exposure();
        TableView exposureView = exposure == null
                ? new TableView("exposure", text(EXPOSURE, english), List.of(), List.of())
                : table(exposure, english);
        return new ReportView(content.kind().name(), content.unit(), text(content.title(), english),
                new PeriodView(content.period().granularity().name(), content.period().key(), content.period().from(),
                        content.period().to()),
                content.generatedAt(), false, null, figures, numbers(definitions, content.totals()),
                units(content.departments(), definitions, english), units(content.villages(), definitions, english),
                content.lastPlace().stream().map(l -> new LastPlaceView(l.kind().name(), l.code(),
                        text(l.name(), english), l.score(), l.consecutive())).toList(),
                exposureView,
                content.trend().stream().map(t -> new TrendView(t.period(), numbers(definitions, t.values())))
                        .toList(),
                content.sections().stream().map(s -> section(s, english)).toList(), Scoring.describe(english));
    }

    /**
     * The values of the defined figures, in their order, as JSON numbers: counts, amounts and flags as whole numbers,
     * rates from 0 to 1 (four decimals), or null for a rate over nothing.
     */
    static Map<String, Number> numbers(List<FigureDefinition> definitions, Map<String, FigureValue> values) {
        Map<String, Number> numbers = new LinkedHashMap<>();
        for (FigureDefinition definition : definitions) {
            FigureValue value = values.get(definition.code());
            numbers.put(definition.code(), number(definition.type(), value));
        }
        return numbers;
    }

    static Number number(FigureDefinition.Type type, FigureValue value) {
        if (type == FigureDefinition.Type.RATE) {
            if (value == null || value.value() == null) {
                return null;
            }
            return BigDecimal.valueOf(value.value()).setScale(4, RoundingMode.HALF_UP).doubleValue();
        }
        return value == null ? 0L : value.numerator();
    }

    private static List<UnitView> units(List<UnitRow> rows, List<FigureDefinition> definitions, boolean english) {
        List<UnitView> views = new ArrayList<>();
        for (UnitRow row : rows) {
            views.add(new UnitView(row.code(), text(row.name(), english), numbers(definitions, row.values()),
                    row.score(), row.rank()));
        }
        return views;
    }

    private static SectionView section(DepartmentSection contributed, boolean english) {
        ReportSection section = contributed.section();
        List<SectionFigureView> figures = new ArrayList<>();
        for (SectionFigure figure : section.figures()) {
            figures.add(new SectionFigureView(figure.code(), text(figure.label(), english), figure.value(),
                    figure.unit() == null ? null : text(figure.unit(), english)));
        }
        return new SectionView(contributed.department(), section.code(), text(section.title(), english), figures,
                section.tables().stream().map(t -> table(t, english)).toList());
    }

    private static TableView table(ReportTable table, boolean english) {
        return new TableView(table.code(), text(table.title(), english),
                table.columns().stream().map(c -> text(c, english)).toList(), table.rows());
    }

    private static String text(LocalizedText text, boolean english) {
        return english ? text.en() : text.zh();
    }
}
