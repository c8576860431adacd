package org.safegrid.plates.print.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.security.SafeGridPrincipal;
import org.safegrid.plates.print.internal.FakeServices;
import org.safegrid.plates.print.internal.Proxies;
import org.safegrid.plates.print.internal.Samples;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

class PlatePrintResourceTest {

    private final PlatePrintResource resource = new PlatePrintResource(FakeServices.printer(""));
    private final UriInfo uri = Proxies.of(UriInfo.class, Map.of("getBaseUri", a -> URI.create(
            "https://safety.example.cn:8443/api/")));

    static SecurityContext user(String... roles) {
        SafeGridPrincipal principal = Proxies.of(SafeGridPrincipal.class, Map.of("roles", a -> Set.of(roles),
                "getName", a -> "someone"));
        return Proxies.of(SecurityContext.class, Map.of("getUserPrincipal", a -> principal));
    }

    static HttpHeaders language(String tag) {
        return Proxies.of(HttpHeaders.class, Map.of("getAcceptableLanguages", a -> tag == null
                ? List.of()
                : List.of(Locale.forLanguageTag(tag))));
    }

    @Test
    void printsA3WithAnInlineFileNameInBothForms() throws Exception {
        Response response = resource.pdf(String.valueOf(Samples.ID), "a3", user("dept-emergency"), language(null),
                uri);

        assertEquals(200, response.getStatus());
        assertEquals("application/pdf", response.getMediaType().toString());
        assertEquals("inline; filename=\"plate-" + Samples.CODE + "-A3.pdf\"; filename*=UTF-8''"
                + "%E8%B4%A3%E4%BB%BB%E7%89%8C-" + Samples.CODE + "-A3.pdf",
                response.getHeaderString("Content-Disposition"));
        try (PDDocument document = Loader.loadPDF((byte[]) response.getEntity())) {
            assertEquals(PDRectangle.A3.getWidth(), document.getPage(0).getMediaBox().getWidth(), 0.01);
            assertTrue(new PDFTextStripper().getText(document).contains(Samples.NAME));
        }
    }

    @Test
    void a4IsTheDefault() throws Exception {
        Response response = resource.pdf(String.valueOf(Samples.ID), null, user("admin"), language(null), uri);

        try (PDDocument document = Loader.loadPDF((byte[]) response.getEntity())) {
            assertEquals(PDRectangle.A4.getHeight(), document.getPage(0).getMediaBox().getHeight(), 0.01);
        }
        assertTrue(response.getHeaderString("Content-Disposition").contains("-A4.pdf"));
    }

    @Test
    void anUnknownPaperSizeIs400InTheCallersLanguage() {
        SafeGridException zh = assertThrows(SafeGridException.class, () -> resource.pdf("17", "letter", user(
                "admin"), language("zh-CN"), uri));
        assertEquals(400, zh.kind().status());
        assertEquals("bad_size", zh.code());
        assertEquals("纸张尺寸只能是 A4 或 A3，不能是 letter", zh.getMessage());
        SafeGridException en = assertThrows(SafeGridException.class, () -> resource.pdf("17", "B5", user("admin"),
                language("en-US"), uri));
        assertEquals("size must be A4 or A3, not B5", en.getMessage());
        assertEquals(List.of("A4", "A3"), en.details().get("allowed"));
    }

    @Test
    void anEnterpriseOutsideTheScopeOrUnknownOrMalformedIs404() {
        for (String id : List.of(String.valueOf(Samples.ID), "999", "abc", "-17", "0")) {
            SafeGridException e = assertThrows(SafeGridException.class, () -> resource.pdf(id, "A4", user(
                    "dept-planning", "village-other"), language(null), uri), id);
            assertEquals(404, e.kind().status(), id);
            assertEquals("not_found", e.code());
            assertTrue(e.getMessage().contains("不存在或不在您的管辖范围内"), e.getMessage());
        }
        assertThrows(SafeGridException.class, () -> resource.qr("999", user("admin"), language(null), uri));
    }

    @Test
    void withoutAUserItIs401() {
        SecurityContext nobody = Proxies.of(SecurityContext.class, Map.of("getUserPrincipal", a -> null));
        SafeGridException e = assertThrows(SafeGridException.class, () -> resource.qr("17", nobody, language(null),
                uri));
        assertEquals(401, e.kind().status());
    }

    @Test
    void theQrCodeLeadsToThePublicPageOnTheCallersHost() throws Exception {
        Response response = resource.qr(String.valueOf(Samples.ID), user("village-" + Samples.VILLAGE), language(
                null), uri);

        assertEquals("image/png", response.getMediaType().toString());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream((byte[]) response.getEntity()));
        String text = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertEquals("https://safety.example.cn:8443/public/plates/" + Samples.CODE, text);
    }

    @Test
    void fileNamesAreEncodedAsRfc5987Says() {
        assertEquals("%E8%B4%A3a-1.pdf", ContentDisposition.encode("责a-1.pdf"));
        assertEquals("a%20b%22%25%27%3B", ContentDisposition.encode("a b\"%';"));
        assertEquals("inline; filename=\"a_b.pdf\"; filename*=UTF-8''a%20b.pdf", ContentDisposition.inline(
                "a b.pdf", "a b.pdf"));
    }
}
