package org.safegrid.reports.internal.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.safegrid.fonts.api.CjkFonts;
import org.safegrid.reports.internal.export.Values;
import org.safegrid.reports.internal.view.ReportView;
import org.safegrid.reports.internal.view.ReportView.FigureView;
import org.safegrid.reports.internal.view.ReportView.LastPlaceView;
import org.safegrid.reports.internal.view.ReportView.SectionFigureView;
import org.safegrid.reports.internal.view.ReportView.SectionView;
import org.safegrid.reports.internal.view.ReportView.TableView;
import org.safegrid.reports.internal.view.ReportView.TrendView;
import org.safegrid.reports.internal.view.ReportView.UnitView;

/**
 * A report as a document a town office prints and files: A4 portrait, the committee office's heading, the title, the
 * period and generation date, then numbered sections (1 overall, 2 departments, 3 villages, 4 rankings and last
 * places, 5 exposure, 6 trend, 7 and on the departments' own sections), ruled tables whose header row repeats on each
 * page, and "第 N 页 共 M 页" at the foot of every page.
 */
public final class PdfReport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int FIGURES_PER_TABLE = 6;
    private static final float BODY = 10f;
    private static final float SMALL = 8.5f;

    private final ReportView view;
    private final boolean english;
    private final String townName;
    private final ZoneId zone;

    public PdfReport(ReportView view, boolean english, String townName, ZoneId zone) {
        this.view = view;
        this.english = english;
        this.townName = townName;
        this.zone = zone;
    }

    public void write(CjkFonts fonts, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(view.title());
            info.setCreator("SafeGrid");
            PdfLayout layout = new PdfLayout(document, new Face(fonts.load(document, CjkFonts.Weight.REGULAR)),
                    new Face(fonts.load(document, CjkFonts.Weight.BOLD)));
            layout.newPage();
            header(layout);
            int n = 1;
            layout.heading(n++ + "  " + PdfWords.OVERALL.in(english), 13);
            overall(layout);
            layout.heading(n++ + "  " + PdfWords.DEPARTMENTS.in(english), 13);
            units(layout, view.departments(), PdfWords.DEPARTMENT.in(english));
            layout.heading(n++ + "  " + PdfWords.VILLAGES.in(english), 13);
            units(layout, view.villages(), PdfWords.VILLAGE.in(english));
            layout.heading(n++ + "  " + PdfWords.RANKINGS.in(english), 13);
            rankings(layout);
            layout.heading(n++ + "  " + PdfWords.EXPOSURE.in(english), 13);
            exposure(layout);
            layout.heading(n++ + "  " + PdfWords.TREND.in(english), 13);
            trend(layout);
            for (SectionView section : view.sections()) {
                layout.heading(n++ + "  " + section.title(), 13);
                section(layout, section);
            }
            layout.finish((page, total) -> PdfWords.PAGE.in(english, page, total), 9);
            document.save(out);
        }
    }

    private void header(PdfLayout layout) throws IOException {
        layout.centred(PdfWords.COMMITTEE.in(english, townName), 12, false);
        layout.space(4);
        layout.centred(view.title(), 17, true);
        layout.space(4);
        layout.centred(PdfWords.PERIOD.in(english, view.period().from(), view.period().to()) + "    "
                + PdfWords.GENERATED.in(english, STAMP.format(view.generatedAt().atZone(zone)))
                + (view.archived() ? "    " + PdfWords.ARCHIVED.in(english, view.archiveId()) : ""), BODY, false);
        layout.space(8);
    }

    private void overall(PdfLayout layout) throws IOException {
        if (view.figures().isEmpty()) {
            layout.paragraph(PdfWords.NOTHING.in(english), BODY, false);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (FigureView figure : view.figures()) {
            rows.add(List.of(figure.label(), Values.text(figure, view.totals().get(figure.code()), english)));
        }
        layout.table(List.of(PdfWords.FIGURE.in(english), PdfWords.VALUE.in(english)), rows, new float[]{3, 1},
                BODY);
    }

    /** The units' figures, a few figures per table so the columns stay readable on a portrait page. */
    private void units(PdfLayout layout, List<UnitView> units, String kind) throws IOException {
        if (units.isEmpty() || view.figures().isEmpty()) {
            layout.paragraph(PdfWords.NOTHING.in(english), BODY, false);
            return;
        }
        List<FigureView> figures = view.figures();
        for (int start = 0; start < figures.size(); start += FIGURES_PER_TABLE) {
            List<FigureView> chunk = figures.subList(start, Math.min(figures.size(), start + FIGURES_PER_TABLE));
            List<String> headers = new ArrayList<>(List.of(kind));
            chunk.forEach(f -> headers.add(Values.documentHeader(f, english)));
            List<List<String>> rows = new ArrayList<>();
            for (UnitView unit : units) {
                List<String> row = new ArrayList<>(List.of(unit.name()));
                chunk.forEach(f -> row.add(Values.text(f, unit.values().get(f.code()), english)));
                rows.add(row);
            }
            layout.table(headers, rows, weights(2.2f, chunk.size()), SMALL);
        }
    }

    private void rankings(PdfLayout layout) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        addRanks(rows, view.departments(), "DEPARTMENT", PdfWords.DEPARTMENT.in(english));
        addRanks(rows, view.villages(), "VILLAGE", PdfWords.VILLAGE.in(english));
        if (!rows.isEmpty()) {
            layout.table(List.of(PdfWords.RANK.in(english), PdfWords.KIND.in(english), PdfWords.NAME.in(english),
                    PdfWords.SCORE.in(english), PdfWords.LAST.in(english)), rows, new float[]{1, 1.4f, 3, 1, 1.6f},
                    SMALL);
        }
        if (view.kind().equals("TOWN")) {
            if (view.lastPlace().isEmpty()) {
                layout.paragraph(PdfWords.NO_LAST.in(english), BODY, true);
            } else {
                List<String> names = new ArrayList<>();
                for (LastPlaceView last : view.lastPlace()) {
                    String kind = (last.kind().equals("DEPARTMENT") ? PdfWords.DEPARTMENT : PdfWords.VILLAGE)
                            .in(english);
                    names.add(PdfWords.CONSECUTIVE.in(english, last.name(), kind, Values.score(last.score()),
                            last.consecutive()));
                }
                layout.paragraph(PdfWords.LAST_LIST.in(english) + String.join(english ? "; " : "；", names), BODY,
                        true);
            }
        }
        layout.space(4);
        layout.paragraph(view.scoring(), SMALL, false);
    }

    private void addRanks(List<List<String>> rows, List<UnitView> units, String kind, String kindLabel) {
        for (UnitView unit : units) {
            String last = view.lastPlace().stream()
                    .filter(l -> l.kind().equals(kind) && l.unit().equals(unit.unit()))
                    .map(l -> String.valueOf(l.consecutive()))
                    .findFirst()
                    .orElse("");
            rows.add(List.of(String.valueOf(unit.rank()), kindLabel, unit.name(), Values.score(unit.score()), last));
        }
    }

    private void exposure(PdfLayout layout) throws IOException {
        table(layout, view.exposure());
    }

    private void trend(PdfLayout layout) throws IOException {
        List<FigureView> figures = view.figures();
        if (figures.isEmpty()) {
            layout.paragraph(PdfWords.NOTHING.in(english), BODY, false);
            return;
        }
        for (int start = 0; start < figures.size(); start += FIGURES_PER_TABLE) {
            List<FigureView> chunk = figures.subList(start, Math.min(figures.size(), start + FIGURES_PER_TABLE));
            List<String> headers = new ArrayList<>(List.of(PdfWords.PERIOD_COLUMN.in(english)));
            chunk.forEach(f -> headers.add(Values.documentHeader(f, english)));
            List<List<String>> rows = new ArrayList<>();
            for (TrendView point : view.trend()) {
                List<String> row = new ArrayList<>(List.of(point.period()));
                chunk.forEach(f -> row.add(Values.text(f, point.values().get(f.code()), english)));
                rows.add(row);
            }
            layout.table(headers, rows, weights(1.6f, chunk.size()), SMALL);
        }
    }

    private void section(PdfLayout layout, SectionView section) throws IOException {
        if (!section.figures().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (SectionFigureView figure : section.figures()) {
                rows.add(List.of(figure.label(), figure.value() == null ? "—" : figure.value().toPlainString(),
                        figure.unit() == null ? "" : figure.unit()));
            }
            layout.table(List.of(PdfWords.FIGURE.in(english), PdfWords.VALUE.in(english), PdfWords.UNIT.in(english)),
                    rows, new float[]{3, 1, 1}, BODY);
        }
        for (TableView table : section.tables()) {
            layout.ensure(BODY * 1.6f + 60); // the title stays with its table
            layout.paragraph(table.title(), BODY, true);
            table(layout, table);
        }
    }

    private void table(PdfLayout layout, TableView table) throws IOException {
        if (table.rows().isEmpty() || table.columns().isEmpty()) {
            layout.paragraph(PdfWords.NOTHING.in(english), BODY, false);
            return;
        }
        float[] weights = new float[table.columns().size()];
        java.util.Arrays.fill(weights, 1f);
        layout.table(table.columns(), table.rows(), weights, table.columns().size() > 6 ? 7.5f : SMALL);
    }

    private static float[] weights(float first, int others) {
        float[] weights = new float[others + 1];
        weights[0] = first;
        for (int i = 1; i <= others; i++) {
            weights[i] = 1;
        }
        return weights;
    }
}
