package org.safegrid.itests.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.safegrid.itests.Http;
import org.safegrid.itests.Karaf;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The benchmark at the volume the system is designed for: a fresh distribution is started once (its change logs create
 * the schema), stopped, filled by {@link ScaleData}, started again, and then the lists and boards are timed as an
 * administrator and as a department user. Prints a table of median and 95th-percentile times and writes it to
 * {@code safegrid.benchmark.out}; asserts only that every call answered 200.
 *
 * <p>Run by the {@code benchmark} profile alone ({@code scripts/benchmark.sh}); {@code -Dsafegrid.benchmark.scale=0.1}
 * runs it at a tenth of the volume.
 */
@EnabledIfSystemProperty(named = "safegrid.benchmark", matches = "true")
class ScaleBenchmark {

    static final String DEPARTMENT = "emergency";
    static final String USER = "bench-" + DEPARTMENT;
    static final String PASSWORD = "Bench-User-Passw0rd";

    @Test
    void listsAndBoardsAtScale() throws Exception {
        double scale = Double.parseDouble(System.getProperty("safegrid.benchmark.scale", "1"));
        LocalDate today = LocalDate.now(Volume.TOWN);
        Volume volume = Volume.standard(today, Long.parseLong(System.getProperty("safegrid.benchmark.seed", "4242")))
          .scaled(scale);
        BenchReport report = new BenchReport();
        report.line("SafeGrid benchmark, %s, scale %s: %,d enterprises, %,d submissions, %,d hazards", today, scale,
          volume.enterprises(), volume.submissions(), volume.hazards());
        report.line("machine at start: %s", BenchReport.machine());
        try (Karaf karaf = Karaf.fresh("benchmark")) {
            karaf.start();
            awaitTemplates(karaf.http().admin());
            karaf.stop();

            long start = System.nanoTime();
            Map<String, Long> counts = ScaleData.generate(
              "jdbc:derby:" + karaf.home().resolve("data/derby/safegrid"), null, null, volume, report.tee());
            double seconds = (System.nanoTime() - start) / 1e9;
            long rows = counts.values().stream().mapToLong(Long::longValue).sum();
            report.line("generated in %.0f s: %,d rows in the tables below (%,.0f rows/s)", seconds, rows,
              rows / seconds);
            report.counts(counts);

            String url = "jdbc:derby:" + karaf.home().resolve("data/derby/safegrid");
            YearMonth month = YearMonth.from(today);
            long[] bare = ReportAggregates.time(url, month);
            report.line("bare SQL aggregates of the town report for %s (%d GROUP BY queries, JDBC, warm): median %d ms,"
              + " %d rows", month, ReportAggregates.QUERIES.size() + 1, bare[0], bare[1]);

            start = System.nanoTime();
            karaf.start();
            report.line("restart with the data to /api/health 200: %.1f s", (System.nanoTime() - start) / 1e9);

            Http admin = karaf.http().admin();
            Http adminToken = karaf.http().bearer(login(admin, "admin", Karaf.ADMIN_PASSWORD));
            Http.Response created = admin.post("/api/users", Map.of("username", USER, "displayName", "基准测试用户",
              "password", PASSWORD, "roles", List.of("dept-" + DEPARTMENT)));
            assertTrue(created.status() == 201 || created.status() == 409, created.toString());
            Http deptToken = karaf.http().bearer(login(admin, USER, PASSWORD));

            long enterpriseId = fuelStation(deptToken);
            boolean inbox = admin.get("/api/inbox/summary").status() == 200;
            if (!inbox) {
                report.line("no inbox module in this distribution (/api/inbox/summary not 200): inbox not timed");
            }
            List<Timing.Result> results = new ArrayList<>();
            for (Endpoints.Call call : Endpoints.calls(DEPARTMENT, "economic", enterpriseId, "baishiyi", today,
              inbox)) {
                results.add(Timing.measure(call.name(), "admin", adminToken, call.path()));
                results.add(Timing.measure(call.name(), "dept-" + DEPARTMENT, deptToken, call.path()));
            }
            if (admin.get("/api/reports/town?period=" + month).status() == 200) {
                String path = "/api/reports/town?period=" + month;
                long first = System.nanoTime();
                adminToken.get(path);
                long firstMillis = (System.nanoTime() - first) / 1_000_000;
                Timing.Result town = Timing.measure("town report, month", "admin", adminToken, path);
                results.add(town);
                report.line("monthly town report %s: first call %d ms (nothing cached), then median %.0f ms;"
                  + " bare SQL %d ms; ratio report/SQL %.1f (first call %.1f)", month, firstMillis, town.median(),
                  bare[0], town.median() / Math.max(1, bare[0]), firstMillis / (double) Math.max(1, bare[0]));
            } else {
                report.line("no reports module in this distribution: the town report not timed");
            }
            report.line("machine at end: %s", BenchReport.machine());
            report.table(results);
        }
        System.out.println();
        System.out.print(report.text());
        report.write(Path.of(System.getProperty("safegrid.benchmark.out", "target/benchmark.txt")));
    }

    /** Contributed templates are stored on a thread of the checklists bundle: wait for the emergency module's. */
    private static void awaitTemplates(Http admin) {
        Karaf.await(Duration.ofSeconds(120), "the emergency department's checklist templates",
          () -> admin.get("/api/checklists/templates?department=emergency").body()
            .contains("emergency-fuel-station-daily"));
    }

    private static String login(Http http, String user, String password) {
        Http.Response r = http.post("/api/auth/login", Map.of("username", user, "password", password));
        assertEquals(200, r.status(), r.toString());
        return r.json().path("token").asText();
    }

    /** An operating fuel station in the department's scope: daily, monthly and custom checklists. */
    private static long fuelStation(Http dept) {
        Http.Response r = dept.get("/api/enterprises?sector=fuel-station&status=OPERATING&size=1");
        assertEquals(200, r.status(), r.toString());
        JsonNode items = r.json().path("items");
        assertTrue(items.size() > 0, "no operating fuel station: " + r.body());
        return items.get(0).path("id").asLong();
    }
}
