package org.safegrid.plates.print.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.security.DataScope;

class PlatePrinterTest {

    @Test
    void findsThePlateWithItsVillageNameOnlyInScope() {
        PlatePrinter printer = FakeServices.printer("");

        var view = printer.plate(Samples.ID, DataScope.of(Set.of("dept-emergency"))).orElseThrow();
        assertEquals(Samples.VILLAGE_NAME, view.villageName());
        assertTrue(printer.plate(Samples.ID, DataScope.of(Set.of("dept-planning"))).isEmpty());
        assertTrue(printer.plate(Samples.ID + 1, DataScope.everything()).isEmpty());
    }

    @Test
    void thePublicPlateNeedsAValidCreditCodeInAnyCase() {
        PlatePrinter printer = FakeServices.printer("");

        assertTrue(org.safegrid.enterprises.api.CreditCode.isValid(Samples.CODE));
        assertTrue(printer.publicPlate(Samples.CODE).isPresent());
        assertTrue(printer.publicPlate("91110000802100433B").isEmpty(), "valid but unknown");
        assertTrue(printer.publicPlate(" " + Samples.CODE.toLowerCase() + " ").isPresent());
        String wrongCheck = Samples.CODE.substring(0, 17) + (Samples.CODE.endsWith("0") ? "1" : "0");
        assertTrue(printer.publicPlate(wrongCheck).isEmpty());
        assertTrue(printer.publicPlate("<script>").isEmpty());
        assertTrue(printer.publicPlate(null).isEmpty());
    }

    @Test
    void theQrAddressUsesTheConfiguredBaseOrElseTheRequest() {
        assertEquals("https://safety.example.cn/sg/public/plates/X", FakeServices.printer(
                "https://safety.example.cn/sg/").publicUrl("http://10.0.0.1:8181", "X"));
        assertEquals("http://10.0.0.1:8181/public/plates/X", FakeServices.printer("").publicUrl(
                "http://10.0.0.1:8181", "X"));
        assertEquals("http://10.0.0.1:8181/public/plates/X", FakeServices.printer("ftp://x").publicUrl(
                "http://10.0.0.1:8181", "X"), "a malformed base is ignored");
    }

    @Test
    void settingsCheckTheBaseAndDefaultTheIssuer() {
        assertNull(PrintSettings.of("safety.example.cn", null).publicBaseUrl(), "no scheme");
        assertNull(PrintSettings.of("https://x.cn/?a=1", null).publicBaseUrl(), "a query");
        assertNull(PrintSettings.of("https://", null).publicBaseUrl(), "no host");
        assertEquals("https://x.cn:8443", PrintSettings.of(" https://x.cn:8443// ", null).publicBaseUrl());
        assertEquals(PrintSettings.DEFAULT_ISSUER, PrintSettings.of("", "  ").issuer());
        assertEquals("某某镇安委办", PrintSettings.of("", " 某某镇安委办 ").issuer());
    }

    @Test
    void originsLeaveOutDefaultPorts() {
        assertEquals("http://a.cn", Origins.of("http", "a.cn", 80));
        assertEquals("https://a.cn", Origins.of("HTTPS", "a.cn", 443));
        assertEquals("http://a.cn:8181", Origins.of("http", "a.cn", 8181));
        assertEquals("http://[::1]:8181", Origins.of("http", "::1", 8181));
        assertEquals("http://[::1]:8181", Origins.of("http", "[::1]", 8181));
        assertEquals("http://a.cn", Origins.of("http", "a.cn", -1));
    }
}
