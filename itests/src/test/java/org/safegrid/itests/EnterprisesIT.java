package org.safegrid.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The enterprise registry on the distribution: a 10,000-row import, lists and filters over it, every role's scope, the
 * export, and bad input that must change nothing.
 */
@ExtendWith(SharedKaraf.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnterprisesIT {

    private static final int ROWS = 10_000;
    /** Two villages of this class's own: the 10,000 rows split between them, nothing else goes there. */
    private static final String EAST = "it-east";
    private static final String WEST = "it-west";
    private static final String MISC = "it-misc";

    private static Http admin;
    private static Http emergency;
    private static Http planning;
    private static Http villager;
    private static Http committee;
    private static String emergencySector;
    private static String planningSector;

    @BeforeAll
    static void setUp(Karaf karaf) {
        admin = karaf.http().admin();
        Registry.village(admin, EAST, "东风村");
        Registry.village(admin, WEST, "西城社区");
        Registry.village(admin, MISC, "杂项村");
        Users.ensure(admin, "it.ent.emergency", "dept-emergency");
        Users.ensure(admin, "it.ent.planning", "dept-planning");
        Users.ensure(admin, "it.ent.village", "village-" + EAST);
        Users.ensure(admin, "it.ent.committee", "committee");
        emergency = karaf.http().as("it.ent.emergency", Users.PASSWORD);
        planning = karaf.http().as("it.ent.planning", Users.PASSWORD);
        villager = karaf.http().as("it.ent.village", Users.PASSWORD);
        committee = karaf.http().as("it.ent.committee", Users.PASSWORD);
        emergencySector = Registry.sectorOf(admin, "emergency");
        planningSector = Registry.sectorOf(admin, "planning");
    }

    @Test
    @Order(1)
    void importsTenThousandRowsFromXlsx() {
        List<List<Object>> rows = new ArrayList<>();
        String[] risks = { "红", "橙", "黄", "蓝" };
        for (int i = 0; i < ROWS; i++) {
            boolean even = i % 2 == 0;
            // departments alternate in pairs so that each village holds both departments
            boolean emergencyRow = (i / 2) % 2 == 0;
            rows.add(Registry.row(Registry.creditCode(), "测试企业" + i, even ? EAST : WEST,
              emergencyRow ? emergencySector : planningSector, emergencyRow ? "emergency" : "planning",
              i % 60, risks[i % 4]));
        }
        byte[] file = Registry.xlsx(Registry.HEADERS, rows);
        long start = System.nanoTime();
        JsonNode job = Registry.importFile(admin, file, "enterprises.xlsx", Registry.XLSX, "atomic", false);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("DONE", job.path("state").asText(), job.toString());
        assertEquals(0, job.path("errorCount").asInt(), job.path("errors").toString());
        assertEquals(ROWS, job.path("imported").asInt());
        assertEquals(ROWS, job.path("total").asInt());
        System.out.println("MEASURE import of " + ROWS + " XLSX rows (" + file.length / 1024 + " KiB), upload to done: "
          + millis + " ms");
        assertEquals(ROWS / 2, Registry.total(admin, "village=" + EAST));
        assertEquals(ROWS / 2, Registry.total(admin, "village=" + WEST));
    }

    @Test
    @Order(2)
    void listsAndFiltersTheTenThousandOnTheServer() {
        Http.Response page = admin.get("/api/enterprises?village=" + EAST + "&size=50&page=3&sort=-staffCount");
        assertEquals(200, page.status(), page.toString());
        assertEquals(50, page.json().path("items").size());
        assertEquals(3, page.json().path("page").asInt());
        int previous = Integer.MAX_VALUE;
        for (JsonNode e : page.json().path("items")) {
            assertTrue(e.path("staffCount").asInt() <= previous, "sorted by staff, descending");
            previous = e.path("staffCount").asInt();
            assertEquals(EAST, e.path("village").asText());
        }
        // risk alternates every row, villages every row: red rows (i % 4 == 0) are all in the east
        assertEquals(ROWS / 4, Registry.total(admin, "village=" + EAST + "&risk=RED"));
        assertEquals(0, Registry.total(admin, "village=" + WEST + "&risk=RED"));
        assertEquals(ROWS / 4, Registry.total(admin, "village=" + EAST + "&department=emergency"));
        // staff is i % 60; fewer than 30 is small
        long smallInWest = java.util.stream.IntStream.range(0, ROWS).filter(i -> i % 2 == 1 && i % 60 < 30).count();
        assertEquals(smallInWest, Registry.total(admin, "village=" + WEST + "&small=true"));
        assertEquals(1, Registry.total(admin, "text=" + java.net.URLEncoder.encode("测试企业4321",
          java.nio.charset.StandardCharsets.UTF_8)));
        measureLatency();
    }

    private static void measureLatency() {
        List<String> queries = List.of("size=20", "village=" + EAST + "&size=20&page=100", "risk=ORANGE&sort=-updatedAt",
          "text=%E6%B5%8B%E8%AF%95%E4%BC%81%E4%B8%9A99", "department=planning&small=true&sort=name");
        for (String q : queries) {
            admin.get("/api/enterprises?" + q); // warm
            long[] times = new long[10];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                assertEquals(200, admin.get("/api/enterprises?" + q).status());
                times[i] = (System.nanoTime() - start) / 1_000_000;
            }
            java.util.Arrays.sort(times);
            System.out.println("MEASURE list latency at " + ROWS + "+ enterprises, ?" + q + ": median " + times[5]
              + " ms, max " + times[9] + " ms");
        }
    }

    @Test
    @Order(3)
    void eachRoleSeesOnlyItsScope() {
        // departments: half of each village
        assertEquals(ROWS / 2, Registry.total(emergency, "village=" + EAST) + Registry.total(emergency,
          "village=" + WEST));
        assertEquals(ROWS / 4, Registry.total(planning, "village=" + WEST));
        for (JsonNode e : emergency.get("/api/enterprises?size=200&village=" + WEST).json().path("items")) {
            assertEquals("emergency", e.path("department").asText());
        }
        // the village user sees exactly their village, whatever they ask for
        assertEquals(ROWS / 2, Registry.total(villager, "village=" + EAST));
        assertEquals(0, Registry.total(villager, "village=" + WEST));
        assertEquals(Registry.total(admin, "village=" + EAST), Registry.total(villager, ""));
        // the committee sees all
        assertEquals(Registry.total(admin, ""), Registry.total(committee, ""));

        JsonNode planningOne = planning.get("/api/enterprises?size=1&village=" + EAST).json().path("items").get(0);
        long id = planningOne.path("id").asLong();
        assertEquals(404, emergency.get("/api/enterprises/" + id).status(), "another department's enterprise");
        assertEquals(200, villager.get("/api/enterprises/" + id).status());
        assertFalse(villager.get("/api/enterprises/" + id).json().path("editable").asBoolean());
        assertTrue(planning.get("/api/enterprises/" + id).json().path("editable").asBoolean());

        Map<String, Object> change = Registry.enterprise(planningOne.path("creditCode").asText(), "改名企业", EAST,
          planningSector, "planning");
        change.put("version", planningOne.path("version").asLong());
        assertEquals(403, villager.put("/api/enterprises/" + id, change).status());
        assertEquals(404, emergency.put("/api/enterprises/" + id, change).status());
        Http.Response ok = planning.put("/api/enterprises/" + id, change);
        assertEquals(200, ok.status(), ok.toString());
        assertEquals("改名企业", ok.json().path("name").asText());
        Http.Response stale = planning.put("/api/enterprises/" + id, change);
        assertEquals(409, stale.status(), "the same version twice: " + stale);
        assertEquals("stale", stale.json().path("code").asText());

        // a department cannot register an enterprise for another department
        Http.Response foreign = emergency.post("/api/enterprises",
          Registry.enterprise(Registry.creditCode(), "越权企业", MISC, planningSector, "planning"));
        assertEquals(403, foreign.status(), foreign.toString());
        assertEquals(403, villager.post("/api/enterprises",
          Registry.enterprise(Registry.creditCode(), "村里登记", EAST, emergencySector, "emergency")).status());
    }

    @Test
    @Order(4)
    void exportsTheFilteredListAsXlsx() throws IOException {
        Http.Bytes file = emergency.bytes("/api/enterprises/export.xlsx?village=" + WEST);
        assertEquals(200, file.status(), file.toString());
        assertTrue(file.contentType().contains("spreadsheetml"), file.contentType());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(ROWS / 4, sheet.getLastRowNum(), "a header and the emergency rows of the west");
            Set<String> headers = new HashSet<>();
            sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertTrue(headers.containsAll(List.of("统一社会信用代码", "企业名称", "村社区")), headers.toString());
        }
    }

    @Test
    void badEnterprisesAreRefusedAndChangeNothing() {
        long before = Registry.total(admin, "village=" + MISC);
        String code = Registry.creditCode();
        Map<String, Object> good = Registry.enterprise(code, "好企业", MISC, emergencySector, "emergency");

        Map<String, Object> wrongCheck = new java.util.HashMap<>(good);
        wrongCheck.put("creditCode", Registry.wrongCheck(code));
        assertField(admin.post("/api/enterprises", wrongCheck), "creditCode");

        Map<String, Object> negative = new java.util.HashMap<>(good);
        negative.put("staffCount", -1);
        assertField(admin.post("/api/enterprises", negative), "staffCount");

        Map<String, Object> unknownVillage = new java.util.HashMap<>(good);
        unknownVillage.put("village", "no-such-village");
        assertField(admin.post("/api/enterprises", unknownVillage), "village");

        Map<String, Object> badPhone = new java.util.HashMap<>(good);
        badPhone.put("contacts", List.of(Map.of("name", "王五", "position", "经理", "phone", "12345")));
        Http.Response phone = admin.post("/api/enterprises", badPhone);
        assertEquals(422, phone.status(), phone.toString());
        assertTrue(phone.body().contains("phone"), phone.body());

        assertEquals(400, admin.raw("POST", "/api/enterprises", "{not json", "application/json").status());
        assertEquals(before, Registry.total(admin, "village=" + MISC), "nothing was written");

        Registry.create(admin, good);
        Http.Response duplicate = admin.post("/api/enterprises", good);
        assertEquals(409, duplicate.status(), duplicate.toString());
        assertEquals("duplicate_credit_code", duplicate.json().path("code").asText());
        assertEquals(before + 1, Registry.total(admin, "village=" + MISC));

        assertEquals(400, admin.get("/api/enterprises?size=0").status());
        assertEquals(400, admin.get("/api/enterprises?risk=PURPLE").status());
        assertEquals(404, admin.get("/api/enterprises/999999999").status());
        assertEquals(404, admin.get("/api/enterprises/abc").status());
    }

    @Test
    void badFilesAreRefusedAndImportNothing() {
        long before = Registry.total(admin, "village=" + MISC);
        List<List<Object>> one = List.of(Registry.row(Registry.creditCode(), "文件企业", MISC, emergencySector,
          "emergency", 5, "蓝"));

        List<String> renamed = new ArrayList<>(Registry.HEADERS);
        renamed.set(1, "公司名");
        renamed.remove("地址");
        List<List<Object>> shorter = List.of(new ArrayList<>(one.get(0).subList(0, 2)));
        shorter.get(0).addAll(one.get(0).subList(3, one.get(0).size()));
        Http.Response columns = admin.upload("/api/enterprises/imports?mode=atomic&filename=a.csv",
          Registry.csv(renamed, shorter), "text/csv");
        assertEquals(422, columns.status(), columns.toString());
        assertEquals("bad_columns", columns.json().path("code").asText());
        assertTrue(columns.json().path("details").path("missing").toString().contains("企业名称"), columns.body());
        assertTrue(columns.json().path("details").path("unknown").toString().contains("公司名"), columns.body());

        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1 };
        Http.Response notSheet = admin.upload("/api/enterprises/imports?mode=atomic&filename=a.png", png, "image/png");
        assertEquals(415, notSheet.status(), notSheet.toString());
        assertEquals("not_a_spreadsheet", notSheet.json().path("code").asText());

        byte[] huge = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        Http.Response tooLarge = admin.upload("/api/enterprises/imports?mode=atomic&filename=big.csv", huge,
          "text/csv");
        assertEquals(413, tooLarge.status(), tooLarge.toString());

        assertEquals(400, admin.upload("/api/enterprises/imports?mode=sometimes&filename=a.csv",
          Registry.csv(Registry.HEADERS, one), "text/csv").status());
        assertEquals(before, Registry.total(admin, "village=" + MISC), "nothing was imported");
    }

    @Test
    void atomicImportOfAFileWithABadRowImportsNothingAndValidRowsImportsTheRest() {
        String wrong = Registry.wrongCheck(Registry.creditCode());
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(Registry.row(Registry.creditCode(), "混合企业" + i, MISC, emergencySector, "emergency", 40, "黄"));
        }
        rows.add(Registry.row(wrong, "坏企业", MISC, emergencySector, "emergency", 3, "黄"));
        byte[] csv = Registry.csv(Registry.HEADERS, rows);
        long before = Registry.total(admin, "village=" + MISC);

        JsonNode atomic = Registry.importFile(admin, csv, "mixed.csv", "text/csv", "atomic", false);
        assertEquals(0, atomic.path("imported").asInt(), atomic.toString());
        assertEquals(1, atomic.path("errorCount").asInt(), atomic.toString());
        JsonNode error = atomic.path("errors").get(0);
        assertEquals(5, error.path("row").asInt(), "the header is row 1: " + error);
        assertEquals("统一社会信用代码", error.path("column").asText());
        assertEquals(before, Registry.total(admin, "village=" + MISC));

        JsonNode dryRun = Registry.importFile(admin, csv, "mixed.csv", "text/csv", "valid-rows", true);
        assertEquals(0, dryRun.path("imported").asInt(), dryRun.toString());
        assertEquals(before, Registry.total(admin, "village=" + MISC));

        JsonNode valid = Registry.importFile(admin, csv, "mixed.csv", "text/csv", "valid-rows", false);
        assertEquals(3, valid.path("imported").asInt(), valid.toString());
        assertEquals(before + 3, Registry.total(admin, "village=" + MISC));

        JsonNode again = Registry.importFile(admin, csv, "mixed.csv", "text/csv", "valid-rows", false);
        assertEquals(0, again.path("imported").asInt(), "already registered: " + again);
        assertEquals(4, again.path("errorCount").asInt(), again.toString());
    }

    @Test
    void aDepartmentImportsOnlyItsOwnRowsAndOthersCannotReadItsJob() {
        List<List<Object>> rows = List.of(
          Registry.row(Registry.creditCode(), "本部门企业", MISC, emergencySector, "emergency", 8, "蓝"),
          Registry.row(Registry.creditCode(), "他部门企业", MISC, planningSector, "planning", 8, "蓝"));
        Http.Response started = emergency.upload("/api/enterprises/imports?mode=atomic&dryRun=true&filename=d.csv",
          Registry.csv(Registry.HEADERS, rows), "text/csv");
        assertEquals(202, started.status(), started.toString());
        String id = started.json().path("id").asText();
        assertEquals(404, planning.get("/api/enterprises/imports/" + id).status());
        JsonNode job = Registry.importFile(emergency, Registry.csv(Registry.HEADERS, rows), "d.csv", "text/csv",
          "atomic", true);
        assertEquals(1, job.path("errorCount").asInt(), job.toString());
        assertEquals(3, job.path("errors").get(0).path("row").asInt());
    }

    @Test
    void referenceDataIsChangedByAdminsOnly() {
        assertEquals(403, emergency.post("/api/villages", Map.of("code", "it-nope", "name", "不许村", "active", true))
          .status());
        Http.Response bad = admin.post("/api/villages", Map.of("code", "Bad Code!", "name", "坏村", "active", true));
        assertTrue(bad.status() == 422 || bad.status() == 400, bad.toString());
        assertTrue(villager.get("/api/villages").status() == 200);
        assertTrue(villager.get("/api/sectors").json().size() >= 6, "sectors are seeded");
    }

    private static void assertField(Http.Response r, String field) {
        assertEquals(422, r.status(), r.toString());
        assertEquals("validation_failed", r.json().path("code").asText(), r.toString());
        assertTrue(r.json().path("details").path("fields").has(field), r.toString());
    }
}
