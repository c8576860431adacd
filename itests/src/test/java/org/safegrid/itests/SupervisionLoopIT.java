package org.safegrid.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Measures 4 and 6 end to end on the distribution: the emergency module's checklist template, a self-inspection
 * with a failed item, the major hazard it raises with its five fixes and verification, an inspection showing the
 * self-inspection compliance, an order, a re-inspection, a penalty and a daily continuing penalty, and a repeat
 * offence raising the required inspection frequency; with the bad input of each step.
 */
@ExtendWith(SharedKaraf.class)
class SupervisionLoopIT {

    private static final String VILLAGE = "it-loop";
    private static final String TEMPLATE = "emergency-hazardous-chemicals-monthly";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static Http admin;
    private static Http inspector;
    private static Http villager;

    @BeforeAll
    static void setUp(Karaf karaf) {
        admin = karaf.http().admin();
        Registry.village(admin, VILLAGE, "闭环村");
        Users.ensure(admin, "it.loop.emergency", "dept-emergency");
        Users.ensure(admin, "it.loop.village", "village-" + VILLAGE);
        inspector = karaf.http().as("it.loop.emergency", Users.PASSWORD);
        villager = karaf.http().as("it.loop.village", Users.PASSWORD);
    }

    private static JsonNode chemicalPlant() {
        Map<String, Object> body = Registry.enterprise(Registry.creditCode(), "闭环化工" + System.nanoTime() % 100000,
          VILLAGE, "hazardous-chemicals", "emergency");
        body.put("riskLevel", "RED");
        body.put("flags", List.of("MAJOR_HAZARD_SOURCE"));
        return Registry.create(admin, body);
    }

    private static String monthKey() {
        return String.format("%d-%02d", TODAY.getYear(), TODAY.getMonthValue());
    }

    private static Map<String, Object> submission(long enterpriseId, String period, List<Map<String, Object>> answers) {
        return Map.of("enterpriseId", enterpriseId, "templateCode", TEMPLATE, "templateVersion", templateVersion(), "periodKey", period,
          "answers", answers);
    }

    /** The template's current version: the emergency module may have published a newer one. */
    private static int templateVersion() {
        return admin.get("/api/checklists/templates/" + TEMPLATE).json().path("version").asInt(1);
    }

    private static List<Map<String, Object>> answers(String failedItem) {
        return ChecklistAnswers.all(admin, TEMPLATE, failedItem);
    }

    @Test
    void theEmergencyModuleContributesItsChecklistTemplates() {
        JsonNode template = admin.get("/api/checklists/templates/" + TEMPLATE).json();
        assertEquals("contributed", template.path("source").asText(), template.toString());
        assertEquals("emergency", template.path("department").asText());
        assertEquals("MONTHLY", template.path("cadence").asText());
        assertEquals(8, template.path("items").size(), "the emergency module's eight items");
        assertFalse(template.path("editable").asBoolean(), "a plug-in's template is not edited in SafeGrid");
    }

    @Test
    void aFailedItemRaisesAMajorHazardThatClosesOnlyWithItsFiveFixesAndAnotherPersonsVerification() {
        long id = chemicalPlant().path("id").asLong();
        JsonNode due = admin.get("/api/checklists/due?enterpriseId=" + id).json();
        assertTrue(due.toString().contains("\"key\":\"" + monthKey() + "\""), due.toString());

        List<Map<String, Object>> unknownItem = answers("storage");
        unknownItem.add(Map.of("itemCode", "no-such-item", "result", "PASS"));
        assertEquals(422, admin.post("/api/checklists/submissions", submission(id, monthKey(), unknownItem)).status());
        String next = TODAY.plusMonths(2).toString().substring(0, 7);
        Http.Response notDue = admin.post("/api/checklists/submissions", submission(id, next, answers("storage")));
        assertEquals(422, notDue.status(), notDue.toString());
        assertEquals("period_not_due", notDue.json().path("code").asText());
        assertEquals(0, admin.get("/api/hazards?enterpriseId=" + id).json().path("total").asInt(), "nothing written");

        Http.Response submitted = admin.post("/api/checklists/submissions", submission(id, monthKey(),
          answers("storage")));
        assertEquals(201, submitted.status(), submitted.toString());
        Http.Response again = admin.post("/api/checklists/submissions", submission(id, monthKey(), answers(null)));
        assertEquals(409, again.status(), again.toString());
        assertEquals("already_submitted", again.json().path("code").asText());

        JsonNode hazards = admin.get("/api/hazards?enterpriseId=" + id).json();
        assertEquals(1, hazards.path("total").asInt(), hazards.toString());
        JsonNode hazard = hazards.path("items").get(0);
        long hazardId = hazard.path("id").asLong();
        assertEquals("MAJOR", hazard.path("level").asText());
        assertEquals("SELF_INSPECTION", hazard.path("source").asText());
        String path = "/api/hazards/" + hazardId;

        Http.Response early = inspector.post(path + "/rectify", Map.of());
        assertEquals(422, early.status(), early.toString());
        assertEquals("five_fixes_missing", early.json().path("code").asText());
        Map<String, Object> fixes = new HashMap<>(Map.of("responsiblePerson", "厂长 王五", "measures", "清点转移超量物料",
          "deadline", TODAY.plusDays(10).toString(), "contingencyPlan", "泄漏应急处置预案"));
        Http.Response noFunds = inspector.put(path + "/fixes", fixes);
        assertEquals(422, noFunds.status(), noFunds.toString());
        assertTrue(noFunds.json().path("details").path("fields").has("funds"), noFunds.toString());
        fixes.put("funds", 20000);
        fixes.put("deadline", TODAY.minusDays(1).toString());
        assertEquals(422, inspector.put(path + "/fixes", fixes).status(), "a deadline in the past");
        fixes.put("deadline", TODAY.plusDays(10).toString());
        assertEquals(200, inspector.put(path + "/fixes", fixes).status());
        assertEquals(403, villager.post(path + "/rectify", Map.of()).status(), "village staff read only");
        assertEquals(200, inspector.post(path + "/rectify", Map.of("note", "开始整改")).status());
        assertEquals(409, admin.post(path + "/close", Map.of()).status(), "no closing without verification");
        assertEquals(200, inspector.post(path + "/submit", Map.of("evidence", "已转移 3 吨至合规仓库")).status());

        Http.Response own = admin.post(path + "/verify", Map.of("accepted", true, "note", "自己验收"));
        assertEquals(409, own.status(), own.toString());
        assertEquals("own_hazard", own.json().path("code").asText());
        Http.Response verified = inspector.post(path + "/verify", Map.of("accepted", true, "note", "现场复核合格"));
        assertEquals(200, verified.status(), verified.toString());
        assertEquals("CLOSED", verified.json().path("state").asText());
        assertTrue(verified.json().path("timeline").size() >= 5, verified.toString());
    }

    @Test
    void anInspectionShowsComplianceAndTheCaseRunsToADailyPenaltyAndARepeatOffence() {
        JsonNode plant = chemicalPlant();
        long id = plant.path("id").asLong();
        assertEquals(201, inspector.post("/api/checklists/submissions", submission(id, monthKey(), answers(null)))
          .status());
        Http.Response inspection = inspector.post("/api/inspections", Map.of("enterpriseId", id, "kind",
          "UNANNOUNCED", "date", TODAY.toString(), "inspectors", "王建国、李四", "findings", "安全出口堵塞"));
        assertEquals(201, inspection.status(), inspection.toString());
        JsonNode compliance = inspection.json().path("compliance");
        assertEquals(1, compliance.path("monthly").path("owed").asInt(), compliance.toString());
        assertEquals(1, compliance.path("monthly").path("done").asInt(), compliance.toString());
        assertEquals(TODAY.toString(), compliance.path("to").asText(), "up to the inspection day");
        long inspectionId = inspection.json().path("id").asLong();

        JsonNode before = inspector.get("/api/enforcement/frequency/" + id).json();
        assertFalse(before.path("repeatOffender").asBoolean(), before.toString());
        int base = before.path("required").asInt();

        Map<String, Object> order = new HashMap<>(Map.of("enterpriseId", id, "inspectionId", inspectionId,
          "violationKind", "fire-exit-blocked", "description", "清理安全出口堆放物", "deadline",
          TODAY.minusDays(1).toString()));
        assertEquals(422, inspector.post("/api/enforcement/cases", order).status(), "deadline in the past");
        order.put("deadline", TODAY.toString());
        Http.Response opened = inspector.post("/api/enforcement/cases", order);
        assertEquals(201, opened.status(), opened.toString());
        String path = "/api/enforcement/cases/" + opened.json().path("id").asLong();

        assertEquals(409, inspector.post(path + "/penalty", Map.of("amount", 5000, "legalBasis", "《安全生产法》"))
          .status(), "no penalty before the re-inspection");
        assertEquals(200, inspector.post(path + "/reinspection", Map.of("date", TODAY.toString(), "rectified", false,
          "note", "仍堵塞")).status());
        Http.Response noBasis = inspector.post(path + "/penalty", Map.of("amount", 5000));
        assertEquals(422, noBasis.status(), noBasis.toString());
        assertEquals("legal_basis_missing", noBasis.json().path("code").asText());
        assertEquals(200, inspector.post(path + "/penalty", Map.of("amount", 5000, "legalBasis",
          "《安全生产法》第一百零二条")).status());
        Http.Response daily = inspector.post(path + "/refusal", Map.of("dailyAmount", 1000, "legalBasis",
          "《安全生产法》第一百一十二条", "startsOn", TODAY.toString()));
        assertEquals(200, daily.status(), daily.toString());
        assertEquals("DAILY_PENALTY", daily.json().path("state").asText());
        JsonNode accruing = inspector.get(path).json();
        assertEquals(1, accruing.path("accruedDays").asInt(), "the first day counts: " + accruing);
        assertEquals(1000.0, accruing.path("accrued").asDouble(), 0.001);

        Http.Response repeat = inspector.post("/api/enforcement/cases", Map.of("enterpriseId", id, "violationKind",
          "Fire exit blocked", "description", "再次堵塞", "deadline", TODAY.plusDays(3).toString()));
        assertEquals(201, repeat.status(), repeat.toString());
        assertTrue(repeat.json().path("aggravated").asBoolean(), "a repeat offence is aggravated: " + repeat);
        JsonNode after = inspector.get("/api/enforcement/frequency/" + id).json();
        assertTrue(after.path("repeatOffender").asBoolean(), after.toString());
        assertTrue(after.path("required").asInt() > base, "the required frequency goes up: " + after);

        Http.Response rectified = inspector.post(path + "/rectified", Map.of("date", TODAY.toString(), "note", "已清理"));
        assertEquals(200, rectified.status(), rectified.toString());
        assertTrue(rectified.json().path("closed").asBoolean());
    }

    @Test
    void aMajorHazardAtAFuelStationReachesTheCommitteesInbox(Karaf karaf) {
        Users.ensure(admin, "it.loop.committee", "committee");
        Http committee = karaf.http().as("it.loop.committee", Users.PASSWORD);
        Map<String, Object> body = Registry.enterprise(Registry.creditCode(), "闭环加油站" + System.nanoTime() % 100000,
          VILLAGE, "fuel-station", "emergency");
        long id = Registry.create(admin, body).path("id").asLong();
        Http.Response hazard = inspector.post("/api/hazards", Map.of("enterpriseId", id, "description", "油罐区静电接地失效",
          "level", "MAJOR"));
        assertEquals(201, hazard.status(), hazard.toString());
        long hazardId = hazard.json().path("id").asLong();
        String link = "#/hazards/" + hazardId;
        JsonNode[] inbox = new JsonNode[1];
        Karaf.await(java.time.Duration.ofSeconds(20), "the alerts in the committee's inbox", () -> {
            inbox[0] = committee.get("/api/inbox?size=100").json();
            return inbox[0].toString().contains("dangerous-goods-major-hazard");
        });
        boolean fromRule = false;
        for (JsonNode item : inbox[0].path("items")) {
            fromRule |= "dangerous-goods-major-hazard".equals(item.path("code").asText())
              && link.equals(item.path("link").asText()) && "CRITICAL".equals(item.path("level").asText());
        }
        assertTrue(fromRule, "the emergency module's rule raised its alert: " + inbox[0]);
        assertTrue(committee.get("/api/inbox/summary").json().path("unreadAlerts").asInt() >= 1);
        assertFalse(villager.get("/api/inbox?size=100").toString().contains(link), "not addressed to villages");
    }

    @Test
    void dutiesAreOwedByLayerAndRecordedOncePerPeriod(Karaf karaf) {
        Users.ensure(admin, "it.loop.deputy", "dept-emergency", "deputy-head");
        Http deputy = karaf.http().as("it.loop.deputy", Users.PASSWORD);
        String week = String.format("%d-W%02d", TODAY.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
          TODAY.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        assertTrue(deputy.get("/api/duties/owed").body().contains("WEEKLY_SCHEDULE"));
        Map<String, Object> entry = Map.of("kind", "WEEKLY_SCHEDULE", "periodKey", week, "note", "本周安排联合执法两次");
        Http.Response recorded = deputy.post("/api/duties", entry);
        assertEquals(201, recorded.status(), recorded.toString());
        assertEquals(409, deputy.post("/api/duties", entry).status(), "once per period");
        assertEquals(403, deputy.post("/api/duties", Map.of("kind", "MONTHLY_CHECK", "periodKey", monthKey(), "note",
          "不是副职的职责")).status());
        String future = String.format("%d-W%02d", TODAY.plusWeeks(2).get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
          TODAY.plusWeeks(2).get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Http.Response early = deputy.post("/api/duties", Map.of("kind", "WEEKLY_SCHEDULE", "periodKey", future, "note",
          "提前填报"));
        assertEquals(422, early.status(), early.toString());
    }

    @Test
    void photosMustBeImagesOfAReasonableSize() {
        long id = chemicalPlant().path("id").asLong();
        Http.Response submitted = admin.post("/api/checklists/submissions", submission(id, monthKey(), answers(null)));
        assertEquals(201, submitted.status(), submitted.toString());
        String photos = "/api/checklists/submissions/" + submitted.json().path("id").asLong() + "/photos?itemCode=storage";
        Http.Response text = admin.upload(photos, "not an image".getBytes(), "image/jpeg");
        assertEquals(415, text.status(), text.toString());
        byte[] huge = new byte[6 * 1024 * 1024];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertEquals(413, admin.upload(photos, huge, "image/jpeg").status());
        byte[] png = java.util.Base64.getDecoder().decode(
          "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=");
        assertEquals(201, admin.upload(photos, png, "image/png").status());
    }
}
