package org.safegrid.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The shared registry pages in headless Chromium against the shared distribution: the import wizard (dry run, error
 * report, import of the valid rows) and the plate editor (a field error from the server, then a complete plate and its
 * history). The scenario is src/test/browser/enterprises.mjs; it names its enterprises by the time of the run, so it
 * can run again on the same instance.
 */
@ExtendWith(SharedKaraf.class)
class EnterprisesBrowserIT {

    static final String VILLAGE = "bsy";
    /** A sector of the test's own: no department plug-in adds plate roles for it, so a plate needs exactly three. */
    static final String SECTOR = "it-trade";
    static final String DEPARTMENT = "emergency";

    @BeforeAll
    static void referenceData(Karaf karaf) {
        assumeFalse(Boolean.getBoolean("safegrid.skipBrowser"), "browser tests skipped");
        Http admin = karaf.http().admin();
        created(admin.post("/api/villages", Map.of("code", VILLAGE, "name", "白市驿社区", "active", true)),
          "duplicate_village");
        created(admin.post("/api/sectors", Map.of("code", SECTOR, "name", "浏览器测试批发零售", "nameEn",
          "Wholesale and retail (browser test)", "department", DEPARTMENT, "active", true)), "duplicate_sector");
        assertTrue(listed(admin.get("/api/villages"), VILLAGE), "village " + VILLAGE + " is not listed");
        assertTrue(listed(admin.get("/api/sectors"), SECTOR), "sector " + SECTOR + " is not listed");
    }

    /** 201, or 409 with {@code sameCode} when an earlier run on the same instance made it. */
    private static void created(Http.Response r, String sameCode) {
        assertTrue(r.status() == 201 || r.status() == 409 && sameCode.equals(r.json().path("code").asText()),
          r.toString());
    }

    private static boolean listed(Http.Response list, String code) {
        assertEquals(200, list.status(), list.toString());
        for (JsonNode item : list.json()) {
            if (code.equals(item.path("code").asText()) && item.path("active").asBoolean()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void importWizardThenPlateEditor(Karaf karaf) throws Exception {
        run(karaf, "enterprises.mjs");
    }

    private static void run(Karaf karaf, String script) throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("safegrid.browser.dir"));
        Path target = Path.of(System.getProperty("safegrid.work")).getParent();
        Path screenshots = Files.createDirectories(target.resolve("browser-enterprises"));
        Path out = screenshots.resolve(script + ".log");
        ProcessBuilder pb = karaf.processBuilder(List.of("node", dir.resolve(script).toString()))
          .directory(dir.toFile()).redirectOutput(out.toFile());
        pb.environment().put("SCREENSHOT_DIR", screenshots.toString());
        pb.environment().put("SAFEGRID_VILLAGE", VILLAGE);
        pb.environment().put("SAFEGRID_SECTOR", SECTOR);
        pb.environment().put("SAFEGRID_DEPARTMENT", DEPARTMENT);
        Process p = pb.start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        String log = Files.readString(out);
        System.out.println(log);
        assertEquals(0, done ? p.exitValue() : -1, script + (done ? " failed" : " timed out") + " (screenshots in "
          + screenshots + "):\n" + log);
    }
}
