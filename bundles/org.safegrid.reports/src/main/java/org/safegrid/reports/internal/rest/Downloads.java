package org.safegrid.reports.internal.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.safegrid.reports.internal.export.ReportExporter.Format;
import org.safegrid.reports.internal.view.ReportView;

/** File names of exported reports. */
final class Downloads {

    private Downloads() {
    }

    /** For example {@code safegrid-town-2026-11.xlsx} or {@code safegrid-department-emergency-2026-W48.pdf}. */
    static String asciiName(ReportView view, Format format) {
        String kind = view.kind().toLowerCase(java.util.Locale.ROOT);
        String unit = view.kind().equals("TOWN") ? "" : "-" + view.unit();
        String name = "safegrid-" + kind + unit + "-" + view.period().key().replace("..", "_") + "."
                + format.extension();
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * {@code attachment} with the ASCII name for old clients and the report's title (RFC 6266 / 5987) for the rest.
     */
    static String attachment(ReportView view, Format format) {
        String title = view.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + "." + format.extension();
        String encoded = URLEncoder.encode(title, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + asciiName(view, format) + "\"; filename*=UTF-8''" + encoded;
    }
}
