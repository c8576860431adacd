package org.safegrid.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.safegrid.enterprises.api.CreditCode;

import com.fasterxml.jackson.databind.JsonNode;

/** Test data for the enterprise registry: credit codes, villages, rows and spreadsheets, and import jobs. */
final class Registry {

    /** The import template's Chinese headers, in its order. */
    static final List<String> HEADERS = List.of("统一社会信用代码", "企业名称", "地址", "村社区", "行业", "监管部门", "第二监管部门",
      "从业人数", "经营状态", "风险等级", "规上企业", "重大危险源", "火灾高危", "特种设备", "联系人", "联系人职务", "联系电话");

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private Registry() {
    }

    /** A valid credit code, different on every call within a run (and very likely across runs). */
    static String creditCode() {
        return creditCode(SERIAL.incrementAndGet());
    }

    /** The valid credit code with this serial number (9 digits of organisation code). */
    static String creditCode(long serial) {
        String first17 = "91500106" + String.format("%09d", serial % 1_000_000_000L);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** The same code with a wrong check character. */
    static String wrongCheck(String code) {
        char right = code.charAt(17);
        char wrong = right == '0' ? '1' : '0';
        return code.substring(0, 17) + wrong;
    }

    static void village(Http admin, String code, String name) {
        Http.Response r = admin.post("/api/villages", Map.of("code", code, "name", name, "active", true));
        assertTrue(r.status() == 201 || r.status() == 200 || r.status() == 409, r.toString());
    }

    /** An active sector's code regulated by this department. */
    static String sectorOf(Http user, String department) {
        for (JsonNode s : user.get("/api/sectors").json()) {
            if (department.equals(s.path("department").asText()) && s.path("active").asBoolean()) {
                return s.path("code").asText();
            }
        }
        throw new AssertionError("no sector of " + department);
    }

    /** A row of the template's columns. */
    static List<Object> row(String code, String name, String village, String sector, String department, int staff,
      String risk) {
        return new ArrayList<>(List.of(code, name, "白市驿镇正街 " + name.length() + " 号", village, sector, department, "",
          staff, "在营", risk, "否", "否", "否", "否", "张三", "安全员", "13812345678"));
    }

    /** The JSON body to register an enterprise. */
    static Map<String, Object> enterprise(String code, String name, String village, String sector, String department) {
        return new java.util.HashMap<>(Map.ofEntries(Map.entry("creditCode", code), Map.entry("name", name),
          Map.entry("address", "白市驿镇正街 1 号"), Map.entry("village", village), Map.entry("sector", sector),
          Map.entry("department", department), Map.entry("staffCount", 12), Map.entry("status", "OPERATING"),
          Map.entry("riskLevel", "YELLOW"), Map.entry("flags", List.of()),
          Map.entry("contacts", List.of(Map.of("name", "李四", "position", "经理", "phone", "13912345678")))));
    }

    static JsonNode create(Http user, Map<String, Object> body) {
        Http.Response r = user.post("/api/enterprises", body);
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    static byte[] csv(List<String> headers, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", headers)).append("\r\n");
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (Object cell : row) {
                String text = String.valueOf(cell);
                cells.add(text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text);
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("企业");
            write(sheet.createRow(0), new ArrayList<>(headers));
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<?> cells) {
        for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else {
                row.createCell(c).setCellValue(String.valueOf(v));
            }
        }
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Starts an import and waits for its job to end; answers the finished job. */
    static JsonNode importFile(Http user, byte[] file, String fileName, String contentType, String mode,
      boolean dryRun) {
        Http.Response started = user.upload("/api/enterprises/imports?mode=" + mode + "&dryRun=" + dryRun
          + "&filename=" + fileName, file, contentType);
        assertEquals(202, started.status(), started.toString());
        String id = started.json().path("id").asText();
        JsonNode[] job = new JsonNode[1];
        Karaf.await(Duration.ofMinutes(3), "import " + id + " to end", () -> {
            Http.Response r = user.get("/api/enterprises/imports/" + id);
            assertEquals(200, r.status(), r.toString());
            job[0] = r.json();
            return !"RUNNING".equals(job[0].path("state").asText());
        });
        return job[0];
    }

    static long total(Http user, String query) {
        Http.Response r = user.get("/api/enterprises?" + query);
        assertEquals(200, r.status(), r.toString());
        return r.json().path("total").asLong();
    }
}
