package org.safegrid.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Measures 4 to 6 reported: a month is built through the REST API in a village of its own (two chemical plants, a
 * self-inspection with a failed major item, an inspection, an order, a penalty and a daily penalty), then the town
 * report shows the village's figures, exports to XLSX (read back with POI) and PDF (text read back with PDFBox), and
 * refuses bad periods, formats and other departments' reports.
 */
@ExtendWith(SharedKaraf.class)
class ReportsIT {

    private static final String VILLAGE = "it-rpt";
    private static final String VILLAGE_NAME = "报表村";
    private static final String TEMPLATE = "emergency-hazardous-chemicals-monthly";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String MONTH = YearMonth.from(TODAY).toString();

    private static Http admin;
    private static Http inspector;
    private static Http culture;
    private static Http villager;

    @BeforeAll
    static void buildTheMonth(Karaf karaf) {
        admin = karaf.http().admin();
        Registry.village(admin, VILLAGE, VILLAGE_NAME);
        Users.ensure(admin, "it.rpt.emergency", "dept-emergency");
        Users.ensure(admin, "it.rpt.culture", "dept-culture");
        Users.ensure(admin, "it.rpt.village", "village-" + VILLAGE);
        inspector = karaf.http().as("it.rpt.emergency", Users.PASSWORD);
        culture = karaf.http().as("it.rpt.culture", Users.PASSWORD);
        villager = karaf.http().as("it.rpt.village", Users.PASSWORD);

        long plant = plant("报表化工一厂", true);
        plant("报表化工二厂", false);
        int version = admin.get("/api/checklists/templates/" + TEMPLATE).json().path("version").asInt(1);
        Http.Response submitted = inspector.post("/api/checklists/submissions", Map.of("enterpriseId", plant,
                "templateCode", TEMPLATE, "templateVersion", version, "periodKey", MONTH, "answers",
                answers("storage")));
        assertEquals(201, submitted.status(), submitted.toString());

        Http.Response inspection = inspector.post("/api/inspections", Map.of("enterpriseId", plant, "kind",
                "ROUTINE", "date", TODAY.toString(), "inspectors", "王建国", "findings", "储存超量"));
        assertEquals(201, inspection.status(), inspection.toString());
        Http.Response opened = inspector.post("/api/enforcement/cases", Map.of("enterpriseId", plant, "inspectionId",
                inspection.json().path("id").asLong(), "violationKind", "over-storage", "description", "超量储存",
                "deadline", TODAY.toString()));
        assertEquals(201, opened.status(), opened.toString());
        String path = "/api/enforcement/cases/" + opened.json().path("id").asLong();
        assertEquals(200, inspector.post(path + "/reinspection", Map.of("date", TODAY.toString(), "rectified", false,
                "note", "未整改")).status());
        assertEquals(200, inspector.post(path + "/penalty", Map.of("amount", 5000, "legalBasis",
                "《安全生产法》第一百零二条")).status());
        assertEquals(200, inspector.post(path + "/refusal", Map.of("dailyAmount", 1000, "legalBasis",
                "《安全生产法》第一百一十二条", "startsOn", TODAY.toString())).status());
    }

    private static long plant(String name, boolean majorSource) {
        Map<String, Object> body = Registry.enterprise(Registry.creditCode(), name + System.nanoTime() % 100000,
                VILLAGE, "hazardous-chemicals", "emergency");
        body.put("riskLevel", "RED");
        if (majorSource) {
            body.put("flags", List.of("MAJOR_HAZARD_SOURCE"));
        }
        return Registry.create(admin, body).path("id").asLong();
    }

    private static List<Map<String, Object>> answers(String failedItem) {
        return ChecklistAnswers.all(admin, TEMPLATE, failedItem);
    }

    private static JsonNode row(JsonNode report, String kind, String unit) {
        for (JsonNode row : report.path(kind)) {
            if (unit.equals(row.path("unit").asText())) {
                return row;
            }
        }
        throw new AssertionError("no " + kind + " row " + unit + " in " + report.path(kind));
    }

    @Test
    void theTownReportShowsTheVillagesMonth() {
        Http.Response r = admin.get("/api/reports/town?period=" + MONTH);
        assertEquals(200, r.status(), r.toString());
        JsonNode report = r.json();
        assertEquals("TOWN", report.path("kind").asText());
        assertEquals(MONTH, report.path("period").path("key").asText());
        JsonNode values = row(report, "villages", VILLAGE).path("values");
        assertEquals(1, values.path("inspections").asInt(), values.toString());
        assertEquals(1, values.path("orders").asInt(), values.toString());
        assertEquals(1, values.path("penalties").asInt(), values.toString());
        assertEquals(1, values.path("daily-penalties").asInt(), values.toString());
        assertEquals(1, values.path("hazards-found").asInt(), values.toString());
        assertEquals(1, values.path("hazards-major").asInt(), values.toString());
        assertEquals(0, values.path("zero-enforcement").asInt(), values.toString());
        // both plants were registered today: a plant owes only the periods it was registered for before they began,
        // so the month's self-inspection counts where it was submitted, and nothing is owed for the other
        double compliance = values.path("self-inspection-compliance").asDouble();
        assertTrue(compliance > 0 && compliance <= 1, "the submitted self-inspection counts: " + compliance);
        assertEquals(0.0, values.path("plate-completeness").asDouble(), 1e-9, "no plate is filled in");
        assertEquals(VILLAGE_NAME, row(report, "villages", VILLAGE).path("name").asText());
        assertTrue(row(report, "departments", "emergency").path("values").path("inspections").asInt() >= 1);
        assertTrue(report.path("totals").path("inspections").asInt() >= 1);
        assertTrue(report.path("villages").size() >= 1 && row(report, "villages", VILLAGE).has("rank"));
        assertEquals(6, report.path("trend").size(), "this month and the five before: " + report.path("trend"));
        assertEquals(MONTH, report.path("trend").get(5).path("period").asText());
        assertFalse(report.path("scoring").asText().isBlank());
    }

    @Test
    void bothExportsCarryTheFigures() throws Exception {
        Http.Bytes xlsx = admin.bytes("/api/reports/town/export?period=" + MONTH + "&format=xlsx");
        assertEquals(200, xlsx.status(), xlsx.toString());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        boolean villageFound = false;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertTrue(book.getNumberOfSheets() >= 4, "overview, departments, villages, rankings");
            DataFormatter format = new DataFormatter();
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        villageFound |= VILLAGE_NAME.equals(format.formatCellValue(cell));
                    }
                }
            }
        }
        assertTrue(villageFound, "the village is named in the workbook");

        Http.Bytes pdf = admin.bytes("/api/reports/town/export?period=" + MONTH + "&format=pdf");
        assertEquals(200, pdf.status(), pdf.toString());
        assertEquals("application/pdf", pdf.contentType().split(";")[0]);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(VILLAGE_NAME), "the village in the PDF");
            assertTrue(text.contains("应急办"), "a department in the PDF");
            assertTrue(text.contains(String.valueOf(TODAY.getYear())), "the period in the PDF");
            assertTrue(doc.getNumberOfPages() >= 1);
        }
    }

    @Test
    void aDepartmentReadsItsOwnReportOnly() {
        Http.Response own = inspector.get("/api/reports/departments/emergency?period=" + MONTH);
        assertEquals(200, own.status(), own.toString());
        assertEquals("DEPARTMENT", own.json().path("kind").asText());
        for (JsonNode row : own.json().path("departments")) {
            assertEquals("emergency", row.path("unit").asText(), "only its own department");
        }
        Http.Response other = culture.get("/api/reports/departments/emergency?period=" + MONTH);
        assertEquals(403, other.status(), other.toString());
        assertNotNull(other.json().path("message").asText(null));
        assertEquals(403, culture.get("/api/reports/town?period=" + MONTH).status());
        assertEquals(403, culture.get("/api/reports/departments/emergency/export?period=" + MONTH + "&format=pdf")
                .status());
        assertEquals(200, villager.get("/api/reports/villages/" + VILLAGE + "?period=" + MONTH).status());
        assertEquals(403, villager.get("/api/reports/departments/emergency?period=" + MONTH).status());
    }

    @Test
    void badPeriodsAndFormatsAreRefused() {
        assertBad(admin.get("/api/reports/town?period=2026-13"), 400);
        assertBad(admin.get("/api/reports/town?period=abc"), 400);
        assertBad(admin.get("/api/reports/town?from=2026-11-20&to=2026-11-01"), 400);
        assertBad(admin.get("/api/reports/town?from=2024-01-01&to=2026-11-01"), 400);
        assertBad(admin.get("/api/reports/town/export?period=" + MONTH + "&format=doc"), 400);
        assertBad(admin.get("/api/reports/departments/nosuchdept?period=" + MONTH), 404);
    }

    private static void assertBad(Http.Response r, int status) {
        assertEquals(status, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/json"), r.toString());
        assertFalse(r.json().path("code").asText().isBlank(), r.toString());
        assertFalse(r.body().contains("Exception"), r.toString());
    }
}
