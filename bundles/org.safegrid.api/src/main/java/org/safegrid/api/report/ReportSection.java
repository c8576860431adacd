package org.safegrid.api.report;

import java.util.List;
import java.util.Objects;

import org.safegrid.api.module.LocalizedText;

/**
 * A department's own section of a report.
 *
 * @param code a stable code, for example {@code emergency-duty}
 * @param title its title
 * @param figures its figures
 * @param tables its tables
 */
public record ReportSection(String code, LocalizedText title, List<SectionFigure> figures, List<ReportTable> tables) {

    public ReportSection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
    }
}
