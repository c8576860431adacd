package org.safegrid.plates.print.internal.pdf;

import java.io.IOException;
import java.time.LocalDate;

import org.safegrid.plates.print.internal.qr.QrCodes;

import com.google.zxing.common.BitMatrix;

/**
 * The bottom of the plate: the QR code of the public page with 「扫码查看 / 我要举报」, the issuing body and the date,
 * and on a plate of several pages the page number.
 */
final class PlateFooter {

    static final String QR_CAPTION = "扫码查看 / 我要举报";
    static final String NOTE = "本牌信息如有变动，以扫码查看的内容为准";

    private final Fonts fonts;
    private final PrintDetails details;
    private final BitMatrix qr;

    PlateFooter(Fonts fonts, PrintDetails details) {
        this.fonts = fonts;
        this.details = details;
        this.qr = QrCodes.modules(details.publicUrl());
    }

    void draw(Canvas canvas, int page, int pages) throws IOException {
        float top = Layout.FOOTER_TOP;
        drawQr(canvas, Layout.LEFT, top, Layout.QR_SIZE);
        PdfText caption = PdfText.of(QR_CAPTION, fonts.bold(), 10);
        canvas.centred(caption, Layout.LEFT + Layout.QR_SIZE / 2, top + Layout.QR_SIZE + 16, Palette.RED);

        PdfText issuer = PdfText.fitted(details.issuer(), fonts.bold(), 14, 9, Layout.CONTENT_WIDTH
                - Layout.QR_SIZE - 40);
        canvas.rightAligned(issuer, Layout.RIGHT, top + 58, Palette.INK);
        PdfText date = PdfText.of(chineseDate(details.date()), fonts.regular(), 12);
        canvas.rightAligned(date, Layout.RIGHT, top + 82, Palette.INK);

        PdfText note = PdfText.of(NOTE, fonts.regular(), 8.5f);
        float noteLine = top + Layout.QR_SIZE + 40;
        canvas.centred(note, Layout.CENTRE, noteLine, Palette.GREY);
        if (pages > 1) {
            PdfText number = PdfText.of("第 " + page + " 页 / 共 " + pages + " 页", fonts.regular(), 9);
            canvas.rightAligned(number, Layout.RIGHT, noteLine, Palette.GREY);
        }
    }

    /** The code as dark squares with a white quiet zone; runs of dark modules in a row are one rectangle. */
    private void drawQr(Canvas canvas, float x, float top, float size) throws IOException {
        int count = qr.getWidth() + 2 * QrCodes.QUIET_ZONE;
        float module = size / count;
        canvas.fill(x, top, size, size, Palette.WHITE);
        for (int row = 0; row < qr.getHeight(); row++) {
            int column = 0;
            while (column < qr.getWidth()) {
                if (!qr.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < qr.getWidth() && qr.get(column, row)) {
                    column++;
                }
                // a hair wider than the module, so that no seam shows between neighbouring rows
                canvas.fill(x + (start + QrCodes.QUIET_ZONE) * module, top + (row + QrCodes.QUIET_ZONE) * module,
                        (column - start) * module, module + 0.02f, 0x000000);
            }
        }
    }

    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
