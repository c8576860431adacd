package org.safegrid.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The emergency department on a running system: removed, dropped back into deploy/, upgraded in place to a version
 * with one more column, and the whole system restarted; the duty log survives every step.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HotDeployIT {

    private static final String LOG = "/api/dept/emergency/log?size=100";
    private static Karaf karaf;
    private static Http admin;
    private static final List<Long> ids = new ArrayList<>();
    /** Runs through removal, redeploy and upgrade: the rest of the API must not fail once meanwhile. */
    private static LoadLoop load;

    @BeforeAll
    static void start() {
        karaf = Karaf.fresh("hotdeploy").start();
        admin = karaf.http().admin();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (load != null) {
            load.close();
        }
        if (karaf != null) {
            karaf.stop();
        }
    }

    @Test
    @Order(1)
    void dutyLogEntriesAreStored() {
        for (int i = 1; i <= 3; i++) {
            Http.Response r = admin.post("/api/dept/emergency/log", DutyLog.entry("热部署测试 " + i));
            assertEquals(201, r.status(), r.body());
            ids.add(r.json().path("id").asLong());
        }
        assertEquals(3, admin.get(LOG).json().path("total").asInt());
    }

    @Test
    @Order(2)
    void uninstallingTheFeatureTakesItsApiAwayAndTheRestKeepsServing() {
        load = new LoadLoop(admin, "/api/users", "/api/modules", "/api/auth/me");
        String out = karaf.ssh("admin", Karaf.ADMIN_PASSWORD, "feature:uninstall safegrid-dept-emergency");
        assertFalse(out.contains("Error"), out);
        Karaf.await(Duration.ofSeconds(30), "emergency API gone", () -> admin.get(LOG).status() == 404);
        assertEquals("not_found", admin.get(LOG).json().path("code").asText());
        assertFalse(moduleIds().contains("emergency"), "no emergency in " + moduleIds());
        assertEquals(200, karaf.http().get("/api/health").status());
        assertEquals(200, admin.get("/api/users").status());
        assertEquals(404, karaf.http().tryStatus("/ui/modules/emergency/index.js"));
    }

    @Test
    @Order(3)
    void droppingItsJarIntoDeployBringsItBackWithItsData() {
        long start = System.nanoTime();
        karaf.deploy(jar(), "org.safegrid.dept.emergency.jar");
        Karaf.await(Duration.ofSeconds(60), "emergency API back", () -> admin.get(LOG).status() == 200);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("MEASURE hot-deploy jar drop to first 200: " + millis + " ms");
        assertEquals(ids, savedIds(admin.get(LOG).json()));
        // its UI files are served once the platform announces the module (right after its API is live)
        Karaf.await(Duration.ofSeconds(10), "UI module served",
          () -> karaf.http().tryStatus("/ui/modules/emergency/index.js") == 200);
    }

    @Test
    @Order(4)
    void upgradingInPlaceToAVersionWithOneMoreColumnKeepsAllRows() throws Exception {
        String before = module(karaf.http().get("/api/health").json()).path("version").asText();
        Path upgraded = UpgradedJar.withExtraColumn(jar(), karaf.home().resolve("emergency-upgrade.jar"));
        karaf.deploy(upgraded, "org.safegrid.dept.emergency.jar");
        Karaf.await(Duration.ofSeconds(60), "upgraded module", () -> UpgradedJar.CHANGE_SET
          .equals(schemaVersion(karaf.http().get("/api/health").json())));
        JsonNode after = module(karaf.http().get("/api/health").json());
        assertNotEquals(before, after.path("version").asText());
        assertTrue(after.path("version").asText().startsWith(UpgradedJar.VERSION), after.toString());
        Karaf.await(Duration.ofSeconds(30), "log served", () -> admin.get(LOG).status() == 200);
        assertEquals(ids, savedIds(admin.get(LOG).json()));
        assertEquals(201, admin.post("/api/dept/emergency/log", DutyLog.entry("升级后新增")).status());
        load.close();
        System.out.println("MEASURE requests to other endpoints during remove, redeploy and upgrade: "
          + load.requests() + ", failed: " + load.failures().size());
        assertTrue(load.requests() > 100, "the load loop ran: " + load.requests());
        assertEquals(List.of(), load.failures());
    }

    @Test
    @Order(5)
    void aFullRestartKeepsTheUpgradedModuleAndAllItsData() {
        karaf.stop();
        long start = System.nanoTime();
        karaf.start();
        System.out.println("MEASURE boot to ready on restart: " + (System.nanoTime() - start) / 1_000_000 + " ms");
        Karaf.await(Duration.ofSeconds(60), "log served after restart", () -> admin.get(LOG).status() == 200);
        JsonNode saved = admin.get(LOG).json();
        assertEquals(4, saved.path("total").asInt());
        assertTrue(savedIds(saved).containsAll(ids));
        assertEquals(UpgradedJar.CHANGE_SET, schemaVersion(karaf.http().get("/api/health").json()));
    }

    @Test
    @Order(6)
    void deletingTheJarFromDeployRemovesTheModuleButNotItsData() throws Exception {
        Files.delete(karaf.home().resolve("deploy/org.safegrid.dept.emergency.jar"));
        Karaf.await(Duration.ofSeconds(30), "emergency API gone", () -> admin.get(LOG).status() == 404);
        karaf.ssh("admin", Karaf.ADMIN_PASSWORD, "feature:install safegrid-dept-emergency");
        Karaf.await(Duration.ofSeconds(60), "emergency API back", () -> admin.get(LOG).status() == 200);
        assertEquals(4, admin.get(LOG).json().path("total").asInt());
    }

    @Test
    @Order(7)
    void aReleaseWhoseChangeLogDropsDataIsRefusedAndDoesNotServeAndTheGoodJarBringsAllBack() throws Exception {
        Path destructive = UpgradedJar.withDestructiveChangeSet(jar(), karaf.home().resolve("emergency-bad.jar"));
        karaf.ssh("admin", Karaf.ADMIN_PASSWORD, "feature:uninstall safegrid-dept-emergency");
        Karaf.await(Duration.ofSeconds(30), "emergency API gone", () -> admin.get(LOG).status() == 404);
        karaf.deploy(destructive, "org.safegrid.dept.emergency.jar");
        Karaf.await(Duration.ofSeconds(60), "health naming the refused module",
          () -> karaf.http().get("/api/health").body().contains("module emergency"));
        Http.Response health = karaf.http().get("/api/health");
        assertEquals(503, health.status(), health.body());
        assertEquals(404, admin.get(LOG).status());
        assertFalse(moduleIds().contains("emergency"), "no emergency in " + moduleIds());
        assertTrue(karaf.log().contains("emergency-it-destructive-1"), "the refusal is logged");

        karaf.deploy(jar(), "org.safegrid.dept.emergency.jar");
        Karaf.await(Duration.ofSeconds(60), "emergency API back", () -> admin.get(LOG).status() == 200);
        JsonNode saved = admin.get(LOG).json();
        assertEquals(4, saved.path("total").asInt());
        saved.path("items").forEach(item -> assertFalse(item.path("summary").asText().isEmpty(), item.toString()));
        assertEquals(200, karaf.http().get("/api/health").status());
    }

    private static Path jar() {
        return Path.of(System.getProperty("safegrid.bundles"), "org.safegrid.dept.emergency.jar");
    }

    private static List<Long> savedIds(JsonNode page) {
        List<Long> saved = new ArrayList<>();
        page.path("items").forEach(item -> saved.add(item.path("id").asLong()));
        saved.sort(null);
        return saved.stream().filter(ids::contains).toList();
    }

    /** The emergency module's schema version, or null while it is (briefly) not there. */
    private static String schemaVersion(JsonNode health) {
        for (JsonNode m : health.path("modules")) {
            if ("emergency".equals(m.path("id").asText())) {
                return m.path("schemaVersion").asText(null);
            }
        }
        return null;
    }

    private static JsonNode module(JsonNode health) {
        return PlatformIT.find(health.path("modules"), "emergency");
    }

    private static Set<String> moduleIds() {
        Set<String> ids = new TreeSet<>();
        admin.get("/api/modules").json().forEach(m -> ids.add(m.path("id").asText()));
        return ids;
    }
}
