package org.safegrid.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Responsibility plates on the distribution: required roles that follow the enterprise, the editor's rules, history,
 * scope, the public page, and the printed PDF read back with PDFBox.
 */
@ExtendWith(SharedKaraf.class)
class PlatesIT {

    private static final String VILLAGE = "it-plates";

    private static Karaf karaf;
    private static Http admin;
    private static Http emergency;
    private static Http planning;
    private static Http villager;
    private static String sector;

    @BeforeAll
    static void setUp(Karaf k) {
        karaf = k;
        admin = karaf.http().admin();
        Registry.village(admin, VILLAGE, "挂牌村");
        Users.ensure(admin, "it.plt.emergency", "dept-emergency");
        Users.ensure(admin, "it.plt.planning", "dept-planning");
        Users.ensure(admin, "it.plt.village", "village-" + VILLAGE);
        emergency = karaf.http().as("it.plt.emergency", Users.PASSWORD);
        planning = karaf.http().as("it.plt.planning", Users.PASSWORD);
        villager = karaf.http().as("it.plt.village", Users.PASSWORD);
        // a planning sector whose plates the planning module adds nothing to (it does for construction sites)
        sector = "property-estate";
    }

    private static JsonNode enterprise(String risk, List<String> flags, String sectorCode, String department) {
        Map<String, Object> body = Registry.enterprise(Registry.creditCode(), "挂牌企业" + System.nanoTime() % 10000,
          VILLAGE, sectorCode, department);
        body.put("riskLevel", risk);
        body.put("flags", flags);
        return Registry.create(admin, body);
    }

    private static Map<String, Object> person(String role, String name, String phone) {
        Map<String, Object> p = new HashMap<>(Map.of("role", role, "name", name, "position", "负责人", "phone", phone));
        if ("post-lead".equals(role)) {
            p.put("post", "液氨储罐区");
        }
        return p;
    }

    private static List<String> missing(JsonNode plate) {
        List<String> codes = new ArrayList<>();
        plate.path("missing").forEach(m -> codes.add(m.asText()));
        return codes;
    }

    @Test
    void requiredRolesFollowTheEnterprise() {
        JsonNode low = enterprise("BLUE", List.of(), sector, "planning");
        JsonNode plate = admin.get("/api/plates/" + low.path("id").asLong()).json();
        assertEquals(List.of("regulator", "town-official", "enterprise-head"), missing(plate));
        assertFalse(plate.path("complete").asBoolean());

        JsonNode site = enterprise("BLUE", List.of(), "construction-site", "planning");
        assertEquals(List.of("regulator", "town-official", "enterprise-head", "project-manager", "site-safety-officer"),
                missing(admin.get("/api/plates/" + site.path("id").asLong()).json()),
                "the planning module's roles for a construction site");

        JsonNode fire = enterprise("YELLOW", List.of("HIGH_FIRE_RISK"), sector, "planning");
        assertTrue(missing(admin.get("/api/plates/" + fire.path("id").asLong()).json()).contains("special-regulator"));

        JsonNode major = enterprise("RED", List.of("SPECIAL_EQUIPMENT"), sector, "planning");
        List<String> all = missing(admin.get("/api/plates/" + major.path("id").asLong()).json());
        assertTrue(all.containsAll(List.of("special-regulator", "management-lead", "technical-lead", "operation-lead",
          "post-lead")), all.toString());
    }

    @Test
    void theEmergencyModuleAddsItsOwnRoleForHazardousChemicals() {
        JsonNode chemicals = enterprise("YELLOW", List.of(), "hazardous-chemicals", "emergency");
        JsonNode plate = admin.get("/api/plates/" + chemicals.path("id").asLong()).json();
        assertTrue(missing(plate).contains("safety-officer"), plate.toString());
        boolean fromEmergency = false;
        for (JsonNode role : plate.path("roles")) {
            fromEmergency |= "safety-officer".equals(role.path("code").asText())
              && "emergency".equals(role.path("source").asText());
        }
        assertTrue(fromEmergency, plate.toString());
    }

    @Test
    void aPlateIsCompletedRefusingBadPeopleAndKeepsItsHistory() {
        JsonNode e = enterprise("BLUE", List.of("HIGH_FIRE_RISK"), sector, "planning");
        long id = e.path("id").asLong();
        String path = "/api/plates/" + id;

        Map<String, Object> twice = Map.of("version", 0, "persons", List.of(person("regulator", "赵一", "13800000001"),
          person("regulator", "钱二", "13800000002")));
        Http.Response r = planning.put(path, twice);
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.json().path("details").path("fields").has("persons[1].role"), r.toString());

        Http.Response phone = planning.put(path, Map.of("version", 0, "persons", List.of(person("regulator", "赵一",
          "not a phone"))));
        assertEquals(422, phone.status(), phone.toString());
        assertTrue(phone.json().path("details").path("fields").has("persons[0].phone"), phone.toString());

        Http.Response unknown = planning.put(path, Map.of("version", 0, "persons", List.of(person("astronaut", "孙三",
          "13800000003"))));
        assertEquals(422, unknown.status(), unknown.toString());
        assertEquals(0, admin.get(path).json().path("persons").size(), "refused changes wrote nothing");

        assertEquals(403, villager.put(path, Map.of("version", 0, "persons", List.of())).status());
        assertEquals(404, emergency.get(path).status(), "another department's plate");
        assertEquals(200, villager.get(path).status());

        List<Map<String, Object>> people = new ArrayList<>(List.of(person("regulator", "赵一", "13800000001"),
          person("town-official", "钱二", "023-65671234"), person("enterprise-head", "孙三", "13800000003")));
        Http.Response partial = planning.put(path, Map.of("version", 0, "persons", people));
        assertEquals(200, partial.status(), partial.toString());
        assertEquals(List.of("special-regulator"), missing(partial.json()));
        assertTrue(containsPlate(planning.get("/api/plates/incomplete?village=" + VILLAGE + "&size=200").json(), id));

        people.add(person("special-regulator", "李四", "13800000004"));
        long version = partial.json().path("version").asLong();
        Http.Response complete = planning.put(path, Map.of("version", version, "persons", people));
        assertEquals(200, complete.status(), complete.toString());
        assertTrue(complete.json().path("complete").asBoolean(), complete.toString());
        assertFalse(containsPlate(planning.get("/api/plates/incomplete?village=" + VILLAGE + "&size=200").json(), id));
        assertEquals(409, planning.put(path, Map.of("version", version, "persons", people)).status(), "stale");

        people.set(0, person("regulator", "赵一", "13900000009"));
        Http.Response changed = planning.put(path, Map.of("version", complete.json().path("version").asLong(),
          "persons", people));
        assertEquals(200, changed.status(), changed.toString());
        JsonNode history = admin.get(path + "/history?size=50").json();
        assertTrue(history.path("total").asInt() >= 5, history.toString());
        boolean phoneChange = false;
        for (JsonNode h : history.path("items")) {
            phoneChange |= "13800000001".equals(h.path("oldValue").asText())
              && "13900000009".equals(h.path("newValue").asText()) && "it.plt.planning".equals(h.path("user").asText());
        }
        assertTrue(phoneChange, history.toString());
    }

    @Test
    void appraisalsHoldScoreResultAndFollowUp() {
        JsonNode e = enterprise("BLUE", List.of(), sector, "planning");
        long id = e.path("id").asLong();
        JsonNode plate = planning.put("/api/plates/" + id, Map.of("version", 0, "persons", List.of(
          person("regulator", "周五", "13800000011"), person("town-official", "吴六", "13800000012"),
          person("enterprise-head", "郑七", "13800000013")))).json();
        long personId = plate.path("persons").get(0).path("id").asLong();
        Http.Response failed = planning.post("/api/plates/" + id + "/appraisals",
          Map.of("personId", personId, "period", "2026-Q4", "score", 52, "result", "FAILED"));
        assertEquals(201, failed.status(), failed.toString());
        assertEquals("ACCOUNTABILITY", failed.json().path("followUp").asText());
        assertEquals(409, planning.post("/api/plates/" + id + "/appraisals",
          Map.of("personId", personId, "period", "2026-Q4", "score", 90, "result", "EXCELLENT")).status());
        assertEquals(422, planning.post("/api/plates/" + id + "/appraisals",
          Map.of("personId", personId, "period", "2026-Q5", "score", 101, "result", "EXCELLENT")).status());
        assertEquals(1, planning.get("/api/plates/" + id + "/appraisals").json().path("items").size());
    }

    @Test
    void thePublicPageNeedsNoLoginAndMasksPhones() {
        JsonNode e = enterprise("ORANGE", List.of(), sector, "planning");
        admin.put("/api/plates/" + e.path("id").asLong(), Map.of("version", 0, "persons", List.of(
          person("regulator", "冯八", "13812345678"))));
        Http.Bytes page = karaf.http().bytes("/public/plates/" + e.path("creditCode").asText());
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        String html = page.text();
        assertTrue(html.contains(e.path("name").asText()), html);
        assertTrue(html.contains("冯八"), html);
        assertTrue(html.contains("138****5678"), html);
        assertFalse(html.contains("13812345678"), "the full number is not public");
        assertTrue(html.contains("viewport"), "mobile-friendly");
        assertEquals(404, karaf.http().bytes("/public/plates/" + Registry.creditCode()).status());
        Http.Bytes qr = karaf.http().bytes("/public/plates/" + e.path("creditCode").asText() + "/qr.png");
        assertEquals(200, qr.status());
        assertEquals("image/png", qr.contentType());
    }

    @Test
    void thePrintablePlateIsAPdfWithTheChineseTextInIt() throws IOException {
        JsonNode e = enterprise("RED", List.of(), sector, "planning");
        long id = e.path("id").asLong();
        planning.put("/api/plates/" + id, Map.of("version", 0, "persons", List.of(
          person("regulator", "陈九", "13800000021"), person("enterprise-head", "褚十", "13800000022"))));
        Http.Bytes a4 = planning.bytes("/api/plate-print/" + id + "?size=A4");
        assertEquals(200, a4.status(), a4.toString());
        assertEquals("application/pdf", a4.contentType());
        Http.Bytes a3 = planning.bytes("/api/plate-print/" + id + "?size=A3");
        try (PDDocument doc = Loader.loadPDF(a4.body()); PDDocument big = Loader.loadPDF(a3.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("安全生产责任公示牌"), text);
            assertTrue(text.contains(e.path("name").asText()), text);
            assertTrue(text.contains("陈九") && text.contains("褚十"), text);
            assertTrue(text.contains("未明确"), "missing roles print as not named: " + text);
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), page.getWidth(), 1f);
            assertEquals(PDRectangle.A3.getWidth(), big.getPage(0).getMediaBox().getWidth(), 1f);
            assertTrue(new PDFTextStripper().getText(big).contains("陈九"));
        }
        assertEquals(400, planning.bytes("/api/plate-print/" + id + "?size=A5").status());
        assertEquals(404, emergency.bytes("/api/plate-print/" + id).status(), "out of scope");
        assertEquals(401, karaf.http().bytes("/api/plate-print/" + id).status());
    }

    private static boolean containsPlate(JsonNode page, long enterpriseId) {
        for (JsonNode p : page.path("items")) {
            if (p.path("enterpriseId").asLong() == enterpriseId) {
                return true;
            }
        }
        return false;
    }
}
