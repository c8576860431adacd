package org.safegrid.reports.internal.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.ws.rs.core.Response;

import org.safegrid.reports.internal.Settings;
import org.safegrid.reports.internal.export.ReportExporter;
import org.safegrid.reports.internal.export.ReportExporter.Format;
import org.safegrid.reports.internal.view.ReportView;

/** Export answers: the format checked before any work, the file written whole before the answer starts. */
final class Exports {

    private Exports() {
    }

    /** The format of {@code ?format=}: xlsx or pdf, else 400 {@code bad_format}. */
    static Format format(String value, boolean english) {
        Format format = Format.of(value);
        if (format == null) {
            throw Failures.badRequest("bad_format", "format",
                    Failures.BAD_FORMAT.format(english, Failures.cut(value == null ? "" : value.strip())));
        }
        return format;
    }

    /**
     * The file as an attachment. Written to memory first (a report is small), so a failure is an error answer rather
     * than a truncated download.
     */
    static Response file(ReportExporter exporter, ReportView view, Format format, boolean english,
            Settings settings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.write(view, format, english, english ? settings.townName().en() : settings.townName().zh(),
                    settings.zone(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toByteArray(), format.mediaType())
                .header("Content-Disposition", Downloads.attachment(view, format))
                .build();
    }
}
