package org.safegrid.plates.print.internal.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes of plate pages: error correction M, UTF-8, drawn by the PDF as squares or written as a PNG. */
public final class QrCodes {

    /** The quiet zone around the code, in modules, as the QR standard asks. */
    public static final int QUIET_ZONE = 4;
    /** Pixels per module in the PNG. */
    static final int PNG_SCALE = 8;
    /** No plate address comes near this; a longer text is a misconfiguration, not a QR code. */
    static final int MAX_LENGTH = 1000;

    private QrCodes() {
    }

    /** The code's modules, one matrix cell per module, without the quiet zone. */
    public static BitMatrix modules(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a QR code needs 1 to " + MAX_LENGTH + " characters");
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET,
                            "UTF-8", EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
    }

    /** The code as a black-on-white PNG with its quiet zone. */
    public static byte[] png(String text) {
        BitMatrix modules = modules(text);
        int size = (modules.getWidth() + 2 * QUIET_ZONE) * PNG_SCALE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        int white = 0xFFFFFF;
        int black = 0x000000;
        for (int y = 0; y < size; y++) {
            int row = y / PNG_SCALE - QUIET_ZONE;
            for (int x = 0; x < size; x++) {
                int column = x / PNG_SCALE - QUIET_ZONE;
                boolean dark = row >= 0 && column >= 0 && row < modules.getHeight() && column < modules.getWidth()
                        && modules.get(column, row);
                image.setRGB(x, y, dark ? black : white);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this JVM");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
