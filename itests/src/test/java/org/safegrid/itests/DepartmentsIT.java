package org.safegrid.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The six department modules on one running system: each serves its menu, templates, rules, report section and own
 * data;
 * no department may change another's templates or data (every ordered pair); and each in turn is removed, checked
 * gone while the other five keep answering under a load loop, and dropped back into deploy/, timed from the jar's drop
 * to serving, with its data back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DepartmentsIT {

    private static final String MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

    private static Karaf karaf;
    private static Http admin;
    private static final Map<String, Http> staff = new HashMap<>();
    private static final Map<String, Long> enterprises = new HashMap<>();
    private static final Map<String, String> records = new HashMap<>();
    private static final Map<String, Long> inspections = new HashMap<>();
    private static final Map<String, String> customTemplates = new HashMap<>();
    private static final Map<String, Long> dropToServing = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        karaf = Karaf.fresh("departments").start();
        admin = karaf.http().admin();
        Registry.village(admin, Departments.VILLAGE, "部门测试村");
        for (Departments d : Departments.ALL) {
            Users.ensure(admin, d.user(), "dept-" + d.id());
            staff.put(d.id(), karaf.http().as(d.user(), Users.PASSWORD));
            Map<String, Object> body = Registry.enterprise(Registry.creditCode(), d.id() + "测试企业",
                    Departments.VILLAGE, Registry.sectorOf(admin, d.id()), d.id());
            body.put("staffCount", 120);
            body.put("flags", List.of("ABOVE_SCALE"));
            enterprises.put(d.id(), Registry.create(admin, body).path("id").asLong());
        }
    }

    @AfterAll
    static void stop() {
        if (karaf != null) {
            karaf.stop();
        }
        dropToServing.forEach((id, ms) -> System.out.println("MEASURE department " + id + " jar drop to serving: "
                + ms + " ms"));
    }

    @Test
    @Order(1)
    void eachDepartmentServesItsMenuTemplatesSectionAndData() {
        Set<String> modules = moduleIds();
        for (Departments d : Departments.ALL) {
            assertTrue(modules.contains(d.id()), d.id() + " in " + modules);
            assertEquals(200, karaf.http().tryStatus(d.uiModule()), d.uiModule());
            Http own = staff.get(d.id());
            Http.Response created = own.post(d.base(), d.record().apply(enterprises.get(d.id())));
            assertEquals(201, created.status(), d.id() + ": " + created);
            records.put(d.id(), d.base() + "/" + created.json().path("id").asLong());
            assertEquals(200, own.get(records.get(d.id())).status());
            Http.Response inspection = own.post("/api/inspections", Map.of("enterpriseId", enterprises.get(d.id()),
                    "kind", "ROUTINE", "date", java.time.LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                    "inspectors", "部门测试", "findings", "无"));
            assertEquals(201, inspection.status(), d.id() + ": " + inspection);
            inspections.put(d.id(), inspection.json().path("id").asLong());
            Karaf.await(Duration.ofSeconds(60), d.id() + "'s templates", () -> activeTemplates(d.id()) > 0);
            Karaf.await(Duration.ofSeconds(30), d.id() + "'s report section", () -> sections().contains(d.id()));
            assertTrue(rules(d.id()) >= 2, d.id() + " has at least two supervision rules of its own");
        }
        assertEquals(403, staff.get("culture").get("/api/supervision/rules").status(), "rules are for the committee");
    }

    @Test
    @Order(2)
    void noDepartmentChangesAnothersTemplatesOrData() {
        for (Departments b : Departments.ALL) {
            String code = "it-pair-" + b.id();
            Http.Response made = admin.post("/api/checklists/templates", template(code, b.id(), "部门互斥测试"));
            assertEquals(201, made.status(), made.toString());
            customTemplates.put(b.id(), code);
        }
        int pairs = 0;
        for (Departments a : Departments.ALL) {
            Http intruder = staff.get(a.id());
            for (Departments b : Departments.ALL) {
                if (a == b) {
                    continue;
                }
                String code = customTemplates.get(b.id());
                String label = a.id() + " -> " + b.id();
                long before = total(admin.get(b.base()));
                assertEquals(403, intruder.post(b.base(), b.record().apply(enterprises.get(b.id()))).status(), label);
                assertEquals(403, intruder.get(b.base()).status(), label + " reads");
                assertEquals(403, intruder.put("/api/checklists/templates/" + code, template(code, b.id(), "篡改"))
                        .status(), label + " template");
                assertEquals(403, intruder.put("/api/checklists/templates/" + code + "/active",
                        Map.of("active", false)).status(), label + " retire");
                Http.Response post = intruder.post("/api/checklists/templates", template("it-pair-" + a.id() + "-"
                        + b.id(), b.id(), "越权"));
                assertEquals(403, post.status(), label + " new template");
                assertEquals(before, total(admin.get(b.base())), label + " changed nothing");
                pairs++;
            }
        }
        assertEquals(30, pairs);
        for (Departments b : Departments.ALL) {
            JsonNode t = admin.get("/api/checklists/templates/" + customTemplates.get(b.id())).json();
            assertEquals(1, t.path("version").asInt(), t.toString());
            assertTrue(t.path("active").asBoolean(), t.toString());
            assertEquals("部门互斥测试", t.path("name").asText());
            assertEquals(404, admin.get("/api/checklists/templates/it-pair-emergency-" + b.id()).status());
        }
    }

    @Test
    @Order(3)
    void eachDepartmentGoesAndComesBackWhileTheOthersServe() throws Exception {
        for (Departments d : Departments.ALL) {
            List<String> others = new ArrayList<>(List.of("/api/modules", "/api/enterprises?size=1"));
            Departments.ALL.stream().filter(o -> o != d).forEach(o -> others.add(o.base()));
            LoadLoop load = new LoadLoop(admin, others.toArray(String[]::new));
            try {
                String out = karaf.ssh("admin", Karaf.ADMIN_PASSWORD, "feature:uninstall " + d.feature());
                assertFalse(out.contains("Error"), out);
                Karaf.await(Duration.ofSeconds(30), d.id() + " gone", () -> admin.get(d.base()).status() == 404);
                assertFalse(moduleIds().contains(d.id()), "menu gone");
                assertEquals(404, karaf.http().tryStatus(d.uiModule()), "UI gone");
                Karaf.await(Duration.ofSeconds(30), d.id() + "'s templates retired", () -> activeTemplates(d.id()) == 0);
                assertTrue(admin.get("/api/checklists/templates/" + customTemplates.get(d.id())).json()
                        .path("active").asBoolean(), "a custom template is not the module's: it stays");
                assertFalse(sections().contains(d.id()), "no section of a removed department");
                assertEquals(0, rules(d.id()), "no rule of a removed department");
                assertEquals(200, admin.get("/api/inspections/" + inspections.get(d.id())).status(),
                        "what it did elsewhere stays");
                for (Departments o : Departments.ALL) {
                    if (o != d) {
                        assertEquals(200, staff.get(o.id()).get(o.base()).status(), o.id() + " still serves");
                    }
                }

                Path jar = systemJar(d.id());
                long dropped = System.nanoTime();
                karaf.deploy(jar, "org.safegrid.dept." + d.id() + ".jar");
                Karaf.await(Duration.ofSeconds(60), d.id() + " back", () -> admin.get(d.base()).status() == 200
                        && karaf.http().tryStatus(d.uiModule()) == 200);
                dropToServing.put(d.id(), (System.nanoTime() - dropped) / 1_000_000);
                assertEquals(200, staff.get(d.id()).get(records.get(d.id())).status(), "its data is back");
                Karaf.await(Duration.ofSeconds(60), d.id() + "'s templates back", () -> activeTemplates(d.id()) > 0);
                Karaf.await(Duration.ofSeconds(30), d.id() + "'s section back", () -> sections().contains(d.id()));
                Karaf.await(Duration.ofSeconds(30), d.id() + "'s rules back", () -> rules(d.id()) >= 2);
            } finally {
                load.close();
            }
            assertEquals(List.of(), load.failures(), "the others failed no request while " + d.id() + " moved");
            assertTrue(load.requests() > 10, "the load loop ran: " + load.requests());
            System.out.println("MEASURE department " + d.id() + ": " + load.requests()
                    + " requests to the others meanwhile, 0 failed");
        }
    }

    private static Path systemJar(String id) {
        Path dir = karaf.home().resolve("system/org/safegrid/org.safegrid.dept." + id);
        try (var versions = Files.list(dir)) {
            Path version = versions.findFirst().orElseThrow();
            try (var jars = Files.list(version)) {
                return jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Object> template(String code, String department, String name) {
        Map<String, Object> t = new HashMap<>();
        t.put("code", code);
        t.put("name", name);
        t.put("cadence", "MONTHLY");
        t.put("department", department);
        t.put("sectors", List.of());
        t.put("flags", List.of());
        t.put("items", List.of(Map.of("code", "exits", "text", "安全出口畅通", "category", "EQUIPMENT", "legalBasis",
                "《消防法》第二十八条", "severityHint", "GENERAL")));
        return t;
    }

    private static long activeTemplates(String department) {
        Http.Response r = admin.get("/api/checklists/templates?department=" + department + "&active=true&size=100");
        if (r.status() != 200) {
            return -1;
        }
        long n = 0;
        for (JsonNode t : r.json().path("items")) {
            if (!"custom".equals(t.path("source").asText())) {
                n++;
            }
        }
        return n;
    }

    private static Set<String> sections() {
        Set<String> ids = new TreeSet<>();
        Http.Response r = admin.get("/api/reports/town?period=" + MONTH);
        if (r.status() == 200) {
            r.json().path("sections").forEach(s -> ids.add(s.path("department").asText()));
        }
        return ids;
    }

    /** How many supervision rules of the department are in force. */
    private static long rules(String department) {
        Http.Response r = admin.get("/api/supervision/rules");
        assertEquals(200, r.status(), r.toString());
        long n = 0;
        for (JsonNode rule : r.json()) {
            if (department.equals(rule.path("department").asText())) {
                n++;
            }
        }
        return n;
    }

    private static Set<String> moduleIds() {
        Set<String> ids = new TreeSet<>();
        admin.get("/api/modules").json().forEach(m -> ids.add(m.path("id").asText()));
        return ids;
    }

    private static long total(Http.Response r) {
        assertEquals(200, r.status(), r.toString());
        JsonNode body = r.json();
        return body.has("total") ? body.path("total").asLong() : body.size();
    }
}
