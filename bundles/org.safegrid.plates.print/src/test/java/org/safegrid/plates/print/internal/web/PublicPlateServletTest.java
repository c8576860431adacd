package org.safegrid.plates.print.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safegrid.plates.print.internal.FakeServices;
import org.safegrid.plates.print.internal.Samples;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

class PublicPlateServletTest {

    private final PublicPlateServlet servlet = new PublicPlateServlet(FakeServices.printer(""));

    private ServletExchange get(String pathInfo) throws IOException {
        ServletExchange exchange = new ServletExchange(pathInfo);
        servlet.doGet(exchange.request, exchange.response);
        return exchange;
    }

    @Test
    void servesThePageAsUtf8HtmlWithAStrictPolicy() throws IOException {
        ServletExchange exchange = get("/" + Samples.CODE);

        assertEquals(200, exchange.status);
        assertEquals("text/html;charset=UTF-8", exchange.contentType);
        assertTrue(exchange.headers.get("Content-Security-Policy").startsWith("default-src 'none'"));
        assertEquals("nosniff", exchange.headers.get("X-Content-Type-Options"));
        assertEquals(String.valueOf(exchange.body.size()), exchange.headers.get("Content-Length"));
        assertTrue(exchange.text().contains(Samples.NAME));
        assertTrue(exchange.text().contains("href=\"/public/tipoffs\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/91500106MA5U7LXX2Z", "/91500106MA5U7LXX29", "/91110000802100433B", "/<script>",
            "/" + Samples.CODE + "/extra",
            "/" + Samples.CODE + "/qr.gif", "/" + Samples.CODE + "/", "/123456789012345678901234567890123"})
    void unknownOrMalformedCodesGetAChinese404Page(String pathInfo) throws IOException {
        ServletExchange exchange = get(pathInfo);

        assertEquals(404, exchange.status, pathInfo);
        assertEquals("text/html;charset=UTF-8", exchange.contentType);
        assertTrue(exchange.text().contains("未找到该单位的安全生产责任公示信息"));
        assertTrue(!exchange.text().contains("<script>"));
    }

    @Test
    void noPathIsA404Too() throws IOException {
        assertEquals(404, get(null).status);
    }

    @Test
    void theQrCodeEncodesThePageAddressOfTheRequest() throws Exception {
        ServletExchange exchange = get("/" + Samples.CODE.toLowerCase() + "/qr.png");

        assertEquals(200, exchange.status);
        assertEquals("image/png", exchange.contentType);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(exchange.body.toByteArray()));
        String text = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertEquals("http://127.0.0.1:8181/public/plates/" + Samples.CODE, text, "the canonical code");
    }

    @Test
    void aFailureIsA500PageWithoutDetails() throws IOException {
        PublicPlateServlet broken = new PublicPlateServlet(null);
        ServletExchange exchange = new ServletExchange("/" + Samples.CODE);

        broken.doGet(exchange.request, exchange.response);

        assertEquals(500, exchange.status);
        assertTrue(exchange.text().contains("页面暂时无法显示"));
        assertTrue(!exchange.text().contains("Exception"));
    }

    @Test
    void thePathParserKnowsPageAndQr() {
        assertEquals(new PublicPath("X", false), PublicPath.parse("/X"));
        assertEquals(new PublicPath("X", true), PublicPath.parse("/X/qr.png"));
        assertNull(PublicPath.parse("X"));
        assertNull(PublicPath.parse("//qr.png"));
    }

    @Test
    void theTipOffPlaceholderSaysTheChannelOpensSoon() throws IOException {
        ServletExchange exchange = new ServletExchange(null);
        new TipOffsPlaceholderServlet().doGet(exchange.request, exchange.response);

        assertEquals(200, exchange.status);
        assertTrue(exchange.text().contains("举报渠道即将开通"));
    }
}
