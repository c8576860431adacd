package org.safegrid.plates.print.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.safegrid.fonts.api.CjkFonts;
import org.safegrid.plates.print.internal.model.PlateView;

/**
 * The printable plate (安全生产责任公示牌) as PDF: a red frame and title band, the enterprise, the table of roles and
 * people, the QR code of the public page, the issuing body and the date. Laid out for A4 and scaled for A3; the text is
 * IBM Plex Sans SC, embedded as a subset. A plate with more rows than fit continues on further pages, each with the
 * header and footer.
 */
public final class PlatePdf {

    static final String PRODUCER = "SafeGrid";

    private final CjkFonts fonts;

    public PlatePdf(CjkFonts fonts) {
        this.fonts = fonts;
    }

    /** The PDF of a plate. */
    public byte[] render(PlateView view, PaperSize paper, PrintDetails details) throws IOException {
        try (PDDocument document = new PDDocument()) {
            // embedded as subsets when the document is saved
            Fonts faces = new Fonts(fonts.load(document, CjkFonts.Weight.REGULAR),
                    fonts.load(document, CjkFonts.Weight.BOLD));
            describe(document, view, details);
            PlateHeader header = new PlateHeader(faces, view);
            PlateFooter footer = new PlateFooter(faces, details);
            PlateTable table = new PlateTable(faces);
            List<TableRow> rows = TableRow.of(view.groups());
            float top = header.bottom() + 8;
            float bottom = Layout.FOOTER_TOP - 14;
            int perPage = PlateTable.rowsPerPage(top, bottom);
            int pages = Math.max(1, (rows.size() + perPage - 1) / perPage);
            float rowHeight = PlateTable.rowHeight(Math.min(rows.size(), perPage), top, bottom);
            for (int page = 0; page < pages; page++) {
                List<TableRow> slice = rows.subList(page * perPage, Math.min(rows.size(), (page + 1) * perPage));
                PDPage pdPage = new PDPage(paper.page());
                document.addPage(pdPage);
                try (PDPageContentStream stream = new PDPageContentStream(document, pdPage)) {
                    stream.transform(Matrix.getScaleInstance(paper.scale(), paper.scale()));
                    Canvas canvas = new Canvas(stream);
                    border(canvas);
                    header.draw(canvas);
                    table.draw(canvas, slice, top, rowHeight);
                    footer.draw(canvas, page + 1, pages);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void border(Canvas canvas) throws IOException {
        canvas.frame(16, 16, Canvas.WIDTH - 32, Canvas.HEIGHT - 32, 3, Palette.RED);
        canvas.frame(22, 22, Canvas.WIDTH - 44, Canvas.HEIGHT - 44, 0.8f, Palette.RED);
    }

    private static void describe(PDDocument document, PlateView view, PrintDetails details) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(PlateHeader.TITLE + " - " + view.enterprise().name());
        info.setSubject(view.enterprise().creditCode());
        info.setAuthor(details.issuer());
        info.setProducer(PRODUCER);
        info.setCreationDate(Calendar.getInstance());
    }
}
