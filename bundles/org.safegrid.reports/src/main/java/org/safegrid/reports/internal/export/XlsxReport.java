package org.safegrid.reports.internal.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.safegrid.reports.internal.view.ReportView;
import org.safegrid.reports.internal.view.ReportView.FigureView;
import org.safegrid.reports.internal.view.ReportView.LastPlaceView;
import org.safegrid.reports.internal.view.ReportView.SectionFigureView;
import org.safegrid.reports.internal.view.ReportView.SectionView;
import org.safegrid.reports.internal.view.ReportView.TableView;
import org.safegrid.reports.internal.view.ReportView.TrendView;
import org.safegrid.reports.internal.view.ReportView.UnitView;
import org.safegrid.sheets.api.SheetSpec;

/**
 * The sheets of a report's workbook: overview (totals), departments, villages, rankings with the last places,
 * exposure, trend, and one sheet per department section.
 */
public final class XlsxReport {

    private static final int MAX_NAME = 31;

    private XlsxReport() {
    }

    public static List<SheetSpec> sheets(ReportView view, boolean english) {
        List<SheetSpec> sheets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        sheets.add(new SheetSpec(name(Labels.OVERVIEW.in(english), names),
                List.of(Labels.FIGURE.in(english), Labels.VALUE.in(english)), overview(view, english)));
        sheets.add(units(name(Labels.DEPARTMENTS.in(english), names), view, view.departments(), english));
        sheets.add(units(name(Labels.VILLAGES.in(english), names), view, view.villages(), english));
        sheets.add(new SheetSpec(name(Labels.RANKINGS.in(english), names),
                List.of(Labels.KIND.in(english), Labels.RANK.in(english), Labels.CODE.in(english),
                        Labels.NAME.in(english), Labels.SCORE.in(english), Labels.LAST_PLACE.in(english),
                        Labels.CONSECUTIVE.in(english)),
                rankings(view, english)));
        sheets.add(table(name(Labels.EXPOSURE.in(english), names), view.exposure()));
        sheets.add(trend(name(Labels.TREND.in(english), names), view, english));
        for (SectionView section : view.sections()) {
            sheets.add(section(name(section.title(), names), section, english));
        }
        return sheets;
    }

    private static List<List<?>> overview(ReportView view, boolean english) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of(Labels.TITLE.in(english), view.title()));
        rows.add(List.of(Labels.PERIOD.in(english), view.period().key()));
        rows.add(List.of(Labels.GENERATED.in(english), view.generatedAt()));
        rows.add(List.of(Labels.ARCHIVED.in(english), (view.archived() ? Labels.YES : Labels.NO).in(english)));
        for (FigureView figure : view.figures()) {
            rows.add(nullable(Values.header(figure, english),
                    Values.cell(figure, view.totals().get(figure.code()), english)));
        }
        rows.add(List.of(Labels.SCORING.in(english), view.scoring()));
        return rows;
    }

    private static SheetSpec units(String name, ReportView view, List<UnitView> units, boolean english) {
        List<String> headers = new ArrayList<>(List.of(Labels.CODE.in(english), Labels.NAME.in(english)));
        view.figures().forEach(f -> headers.add(Values.header(f, english)));
        headers.add(Labels.SCORE.in(english));
        headers.add(Labels.RANK.in(english));
        List<List<?>> rows = new ArrayList<>();
        for (UnitView unit : units) {
            List<Object> row = new ArrayList<>(List.of(unit.unit(), unit.name()));
            view.figures().forEach(f -> row.add(Values.cell(f, unit.values().get(f.code()), english)));
            row.add(BigDecimal.valueOf(unit.score()));
            row.add(unit.rank());
            rows.add(row);
        }
        return new SheetSpec(name, headers, rows);
    }

    private static List<List<?>> rankings(ReportView view, boolean english) {
        List<List<?>> rows = new ArrayList<>();
        addRanks(rows, Labels.DEPARTMENT.in(english), "DEPARTMENT", view.departments(), view, english);
        addRanks(rows, Labels.VILLAGE.in(english), "VILLAGE", view.villages(), view, english);
        return rows;
    }

    private static void addRanks(List<List<?>> rows, String kindLabel, String kind, List<UnitView> units,
            ReportView view, boolean english) {
        for (UnitView unit : units) {
            LastPlaceView last = view.lastPlace().stream()
                    .filter(l -> l.kind().equals(kind) && l.unit().equals(unit.unit()))
                    .findFirst()
                    .orElse(null);
            rows.add(nullable(kindLabel, unit.rank(), unit.unit(), unit.name(), BigDecimal.valueOf(unit.score()),
                    (last == null ? Labels.NO : Labels.YES).in(english), last == null ? null : last.consecutive()));
        }
    }

    private static SheetSpec table(String name, TableView table) {
        return new SheetSpec(name, table.columns().isEmpty() ? List.of(table.title()) : table.columns(),
                table.rows());
    }

    private static SheetSpec trend(String name, ReportView view, boolean english) {
        List<String> headers = new ArrayList<>(List.of(Labels.PERIOD.in(english)));
        view.figures().forEach(f -> headers.add(Values.header(f, english)));
        List<List<?>> rows = new ArrayList<>();
        for (TrendView point : view.trend()) {
            List<Object> row = new ArrayList<>();
            row.add(point.period());
            view.figures().forEach(f -> row.add(Values.cell(f, point.values().get(f.code()), english)));
            rows.add(row);
        }
        return new SheetSpec(name, headers, rows);
    }

    /** A section: its figures, then each table under its title and column headings. */
    private static SheetSpec section(String name, SectionView section, boolean english) {
        List<List<?>> rows = new ArrayList<>();
        for (SectionFigureView figure : section.figures()) {
            rows.add(nullable(figure.label(), figure.value(), figure.unit()));
        }
        for (TableView table : section.tables()) {
            rows.add(List.of());
            rows.add(List.of(table.title()));
            rows.add(table.columns());
            rows.addAll(table.rows());
        }
        return new SheetSpec(name, List.of(Labels.FIGURE.in(english), Labels.VALUE.in(english),
                Labels.UNIT.in(english)), rows);
    }

    private static List<Object> nullable(Object... cells) {
        List<Object> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell);
        }
        return row;
    }

    /** A sheet name Excel accepts (31 characters, none of []:*?/\), unique in the workbook. */
    static String name(String wanted, Set<String> taken) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (base.isEmpty()) {
            base = "Sheet";
        }
        if (base.length() > MAX_NAME) {
            base = base.substring(0, MAX_NAME);
        }
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), MAX_NAME - suffix.length())) + suffix;
        }
        return name;
    }
}
