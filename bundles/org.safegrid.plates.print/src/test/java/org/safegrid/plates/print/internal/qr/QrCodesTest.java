package org.safegrid.plates.print.internal.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

class QrCodesTest {

    static final String URL = "http://127.0.0.1:8181/public/plates/91500106MA5U7LXX2Y";

    @Test
    void thePngDecodesToTheAddress() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(URL)));

        Result result = decode(image);
        assertEquals(URL, result.getText());
        assertEquals(BarcodeFormat.QR_CODE, result.getBarcodeFormat());
    }

    @Test
    void thePngHasTheQuietZoneAndEightPixelsPerModule() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(URL)));
        int modules = QrCodes.modules(URL).getWidth();

        assertEquals((modules + 2 * QrCodes.QUIET_ZONE) * QrCodes.PNG_SCALE, image.getWidth());
        assertEquals(image.getWidth(), image.getHeight());
        int edge = QrCodes.QUIET_ZONE * QrCodes.PNG_SCALE;
        assertEquals(0xFFFFFF, image.getRGB(edge - 1, edge - 1) & 0xFFFFFF, "quiet zone is white");
        assertEquals(0x000000, image.getRGB(edge, edge) & 0xFFFFFF, "finder pattern corner is dark");
    }

    @Test
    void chineseTextSurvivesAsUtf8() throws Exception {
        String text = "https://安全.example.cn/public/plates/x";
        assertEquals(text, decode(ImageIO.read(new ByteArrayInputStream(QrCodes.png(text)))).getText());
    }

    @Test
    void refusesNothingAndAbsurdLengths() {
        assertThrows(IllegalArgumentException.class, () -> QrCodes.modules(""));
        assertThrows(IllegalArgumentException.class, () -> QrCodes.modules("x".repeat(QrCodes.MAX_LENGTH + 1)));
    }

    static Result decode(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE));
    }
}
