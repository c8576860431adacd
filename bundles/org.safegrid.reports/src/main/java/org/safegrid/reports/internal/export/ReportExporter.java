package org.safegrid.reports.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.fonts.api.CjkFonts;
import org.safegrid.reports.internal.pdf.PdfReport;
import org.safegrid.reports.internal.view.ReportView;
import org.safegrid.sheets.api.SpreadsheetService;

/** Writes a report as an XLSX workbook (through the sheets bundle) or as a PDF document (PDFBox, the CJK font). */
@Component(service = ReportExporter.class)
public class ReportExporter {

    /** The formats there are. */
    public enum Format {
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), PDF("pdf",
                "application/pdf");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The format named by a query parameter, or null for none of them. */
        public static Format of(String value) {
            if (value == null) {
                return null;
            }
            for (Format format : values()) {
                if (format.extension.equalsIgnoreCase(value.strip())) {
                    return format;
                }
            }
            return null;
        }
    }

    private final SpreadsheetService sheets;
    private final CjkFonts fonts;

    @Activate
    public ReportExporter(@Reference SpreadsheetService sheets, @Reference CjkFonts fonts) {
        this.sheets = sheets;
        this.fonts = fonts;
    }

    public void write(ReportView view, Format format, boolean english, String townName, ZoneId zone,
            OutputStream out) throws IOException {
        if (format == Format.XLSX) {
            sheets.writeXlsx(out, XlsxReport.sheets(view, english));
        } else {
            new PdfReport(view, english, townName, zone).write(fonts, out);
        }
    }
}
