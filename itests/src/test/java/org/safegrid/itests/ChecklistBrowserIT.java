package org.safegrid.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Filling a hazard checklist on a phone in headless Chromium against the shared distribution: the scenario is
 * src/test/browser/checklist.mjs. Here, as admin over REST: a village and a fuel station regulated by the emergency
 * office, whose module contributes the daily checklist {@code emergency-fuel-station-daily}. A daily checklist is owed
 * on working days only; when today is not one, a hazardous-chemicals enterprise and its monthly checklist are used
 * instead — whichever {@code GET /api/checklists/due} says is due. Enterprises are named by the time of the run, so
 * the test can run again on the same instance.
 */
@ExtendWith(SharedKaraf.class)
class ChecklistBrowserIT {

    static final String VILLAGE = "bsy";
    static final String DEPARTMENT = "emergency";
    static final String DAILY = "emergency-fuel-station-daily";
    static final String MONTHLY = "emergency-hazardous-chemicals-monthly";

    /** What the scenario fills in: the enterprise and the due checklist with its items. */
    record Due(long enterpriseId, String enterpriseName, String template, String period, List<String> items,
            String failItem) {
    }

    static Due due;

    @BeforeAll
    static void enterpriseWithADueChecklist(Karaf karaf) {
        assumeFalse(Boolean.getBoolean("safegrid.skipBrowser"), "browser tests skipped");
        Http admin = karaf.http().admin();
        Registry.village(admin, VILLAGE, "白市驿社区");
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        Due found = dueOf(admin, register(admin, "浏览器自查" + run + "加油站", "fuel-station"), DAILY);
        if (found == null) {
            found = dueOf(admin, register(admin, "浏览器自查" + run + "化工", "hazardous-chemicals"), MONTHLY);
        }
        assertTrue(found != null, "neither " + DAILY + " nor " + MONTHLY + " is due today");
        due = found;
    }

    private static JsonNode register(Http admin, String name, String sector) {
        return Registry.create(admin, Registry.enterprise(Registry.creditCode(), name, VILLAGE, sector, DEPARTMENT));
    }

    /** The template's DUE entry of the enterprise, or null when it is not due today (a daily one on a day off). */
    private static Due dueOf(Http admin, JsonNode enterprise, String template) {
        awaitStored(admin, template);
        long id = enterprise.path("id").asLong();
        Http.Response r = admin.get("/api/checklists/due?enterpriseId=" + id);
        assertEquals(200, r.status(), r.toString());
        for (JsonNode e : r.json().path("items")) {
            if (template.equals(e.path("templateCode").asText()) && "DUE".equals(e.path("state").asText())) {
                return new Due(id, enterprise.path("name").asText(), template, e.path("period").path("key").asText(),
                  items(admin, template), failItem(admin, template));
            }
        }
        return null;
    }

    /** The emergency module's templates are stored by the checklists bundle shortly after both have started. */
    private static void awaitStored(Http admin, String template) {
        Karaf.await(Duration.ofMinutes(2), "template " + template + " to be stored and active", () -> {
            Http.Response r = admin.get("/api/checklists/templates/" + template);
            return r.status() == 200 && r.json().path("active").asBoolean();
        });
    }

    private static JsonNode template(Http admin, String code) {
        Http.Response r = admin.get("/api/checklists/templates/" + code);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static List<String> items(Http admin, String code) {
        List<String> items = new ArrayList<>();
        template(admin, code).path("items").forEach(i -> items.add(i.path("code").asText()));
        assertTrue(!items.isEmpty(), code + " has no items");
        return items;
    }

    /** The first item whose severity hint is GENERAL: its hazard gets the default deadline and stays general. */
    private static String failItem(Http admin, String code) {
        for (JsonNode i : template(admin, code).path("items")) {
            if ("GENERAL".equals(i.path("severityHint").asText())) {
                return i.path("code").asText();
            }
        }
        throw new AssertionError(code + " has no item with severity hint GENERAL");
    }

    @Test
    void fillOnAPhoneAndFindTheHazard(Karaf karaf) throws Exception {
        run(karaf, "checklist.mjs");
        // what the browser did, as the server has it
        Http admin = karaf.http().admin();
        Http.Response hazards = admin.get("/api/hazards?enterpriseId=" + due.enterpriseId());
        assertEquals(200, hazards.status(), hazards.toString());
        assertEquals(1, hazards.json().path("total").asInt(), hazards.toString());
        JsonNode hazard = hazards.json().path("items").get(0);
        assertEquals("SELF_INSPECTION", hazard.path("source").asText(), hazard.toString());
        assertEquals("GENERAL", hazard.path("level").asText(), hazard.toString());
        assertTrue(hazard.path("sourceRef").asText().endsWith(":item:" + due.failItem()), hazard.toString());
        Http.Response list = admin.get("/api/checklists/due?enterpriseId=" + due.enterpriseId());
        boolean done = false;
        for (JsonNode e : list.json().path("items")) {
            done |= due.template().equals(e.path("templateCode").asText())
              && due.period().equals(e.path("period").path("key").asText()) && "DONE".equals(e.path("state").asText());
        }
        assertTrue(done, "the period is done: " + list);
    }

    private static void run(Karaf karaf, String script) throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("safegrid.browser.dir"));
        Path target = Path.of(System.getProperty("safegrid.work")).getParent();
        Path screenshots = Files.createDirectories(target.resolve("browser-checklist"));
        Path out = screenshots.resolve(script + ".log");
        ProcessBuilder pb = karaf.processBuilder(List.of("node", dir.resolve(script).toString()))
          .directory(dir.toFile()).redirectOutput(out.toFile());
        Map<String, String> env = pb.environment();
        env.put("SCREENSHOT_DIR", screenshots.toString());
        env.put("SAFEGRID_ENTERPRISE_ID", Long.toString(due.enterpriseId()));
        env.put("SAFEGRID_ENTERPRISE_NAME", due.enterpriseName());
        env.put("SAFEGRID_TEMPLATE", due.template());
        env.put("SAFEGRID_PERIOD", due.period());
        env.put("SAFEGRID_ITEMS", String.join(",", due.items()));
        env.put("SAFEGRID_FAIL_ITEM", due.failItem());
        Process p = pb.start();
        boolean finished = p.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        String log = Files.readString(out);
        System.out.println(log);
        assertEquals(0, finished ? p.exitValue() : -1, script + (finished ? " failed" : " timed out")
          + " (screenshots in " + screenshots + "):\n" + log);
    }
}
