package org.safegrid.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The town report and a department dashboard in headless Chromium against the shared distribution: the scenario is
 * src/test/browser/reports.mjs. Here, as admin over REST: a village, an enterprise regulated by the emergency office, an
 * inspection of it today and a hazard, and a user who holds only {@code dept-emergency}. The department's name and the
 * label of the {@code inspections} figure are read from the town report in Chinese and in English, so the browser
 * checks that the page shows what the server says in each language. Enterprises are named by the time of the run, so
 * the test can run again on the same instance.
 */
@ExtendWith(SharedKaraf.class)
class ReportsBrowserIT {

    static final String VILLAGE = "bsy";
    static final String DEPARTMENT = "emergency";
    static final String DEPT_USER = "it-reports-emergency";
    /** The town's zone: the distribution's default (SAFEGRID_TIMEZONE), and the browser's in the scenario. */
    static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");

    /** What the scenario looks for: the month, the department's name and a figure's label in both languages. */
    record Expected(String month, String deptZh, String deptEn, String figureZh, String figureEn) {
    }

    static Expected expected;

    @BeforeAll
    static void seed(Karaf karaf) {
        assumeFalse(Boolean.getBoolean("safegrid.skipBrowser"), "browser tests skipped");
        Http admin = karaf.http().admin();
        LocalDate today = LocalDate.now(TOWN);
        String month = YearMonth.from(today).toString();
        Karaf.await(Duration.ofMinutes(2), "the reports API", () -> admin.get("/api/reports/town?period=" + month)
          .status() == 200);

        Registry.village(admin, VILLAGE, "白市驿社区");
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        JsonNode enterprise = Registry.create(admin, Registry.enterprise(Registry.creditCode(), "报表浏览器" + run + "加油站",
          VILLAGE, Registry.sectorOf(admin, DEPARTMENT), DEPARTMENT));
        long id = enterprise.path("id").asLong();
        Http.Response inspection = admin.post("/api/inspections", Map.of("enterpriseId", id, "kind", "UNANNOUNCED",
          "date", today.toString(), "inspectors", "王建国、李四", "findings", "灭火器过期"));
        assertEquals(201, inspection.status(), inspection.toString());
        Http.Response hazard = admin.post("/api/hazards", Map.of("enterpriseId", id, "description", "报表浏览器测试：灭火器过期",
          "level", "GENERAL", "deadline", today.plusDays(7).toString()));
        assertEquals(201, hazard.status(), hazard.toString());
        Users.ensure(admin, DEPT_USER, "dept-" + DEPARTMENT);

        JsonNode zh = townReport(karaf, month, "zh-CN");
        JsonNode en = townReport(karaf, month, "en");
        assertTrue(zh.path("villages").size() > 0, "the town report lists no village: " + zh);
        assertTrue(zh.path("trend").size() > 0, "the town report has no trend: " + zh);
        expected = new Expected(month, departmentName(zh), departmentName(en), figureLabel(zh), figureLabel(en));
    }

    /** GET /api/reports/town as admin in a language (Http sends no Accept-Language). */
    private static JsonNode townReport(Karaf karaf, String month, String language) {
        String basic = Base64.getEncoder()
          .encodeToString(("admin:" + Karaf.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/api/reports/town?period=" + month))
          .timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + basic)
          .header("Accept", "application/json").header("Accept-Language", language).GET().build();
        try {
            var response = HttpClient.newHttpClient().send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, response.statusCode(), response.body());
            return Http.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("GET the town report in " + language + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String departmentName(JsonNode report) {
        for (JsonNode d : report.path("departments")) {
            if (DEPARTMENT.equals(d.path("unit").asText())) {
                String name = d.path("name").asText();
                assertTrue(!name.isBlank(), "department " + DEPARTMENT + " has no name: " + d);
                return name;
            }
        }
        throw new AssertionError("the town report lists no department " + DEPARTMENT + ": " + report);
    }

    private static String figureLabel(JsonNode report) {
        for (JsonNode f : report.path("figures")) {
            if ("inspections".equals(f.path("code").asText())) {
                return f.path("label").asText();
            }
        }
        throw new AssertionError("the town report has no figure 'inspections': " + report);
    }

    @Test
    void townReportChartsInBothLanguagesThenADepartmentDashboard(Karaf karaf) throws Exception {
        Path dir = Path.of(System.getProperty("safegrid.browser.dir"));
        Path target = Path.of(System.getProperty("safegrid.work")).getParent();
        Path screenshots = Files.createDirectories(target.resolve("browser-reports"));
        String script = "reports.mjs";
        Path out = screenshots.resolve(script + ".log");
        ProcessBuilder pb = karaf.processBuilder(List.of("node", dir.resolve(script).toString()))
          .directory(dir.toFile()).redirectOutput(out.toFile());
        Map<String, String> env = pb.environment();
        env.put("SCREENSHOT_DIR", screenshots.toString());
        env.put("SAFEGRID_MONTH", expected.month());
        env.put("SAFEGRID_DEPARTMENT", DEPARTMENT);
        env.put("SAFEGRID_DEPT_NAME_ZH", expected.deptZh());
        env.put("SAFEGRID_DEPT_NAME_EN", expected.deptEn());
        env.put("SAFEGRID_FIGURE_ZH", expected.figureZh());
        env.put("SAFEGRID_FIGURE_EN", expected.figureEn());
        env.put("SAFEGRID_DEPT_USER", DEPT_USER);
        env.put("SAFEGRID_DEPT_PASSWORD", Users.PASSWORD);
        Process p = pb.start();
        boolean finished = p.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        String log = Files.readString(out);
        System.out.println(log);
        assertEquals(0, finished ? p.exitValue() : -1, script + (finished ? " failed" : " timed out")
          + " (screenshots in " + screenshots + "):\n" + log);
    }
}
