package org.safegrid.enterprises.internal.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Contact;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.enterprises.internal.imports.ColumnMatch;
import org.safegrid.enterprises.internal.imports.RowChecker;
import org.safegrid.enterprises.internal.model.EnterpriseData;
import org.safegrid.enterprises.internal.model.ReferenceData;
import org.safegrid.enterprises.internal.testing.Fixtures;
import org.safegrid.sheets.api.SheetSpec;
import org.safegrid.sheets.api.Table;

/** The export and the template, and that an exported file imports again. */
class EnterpriseSheetsTest {

    static Enterprise enterprise(long id, int serial) {
        return new Enterprise(id, Fixtures.creditCode(serial), "海棠加油站", "海棠路 1 号", "haitang", "fuel-station",
                "emergency", "economic", 45, false, EnterpriseStatus.SUSPENDED, RiskLevel.RED,
                Set.of(EnterpriseFlag.MAJOR_HAZARD_SOURCE, EnterpriseFlag.ABOVE_SCALE),
                List.of(new Contact("李四", "经理", "023-65671234"), new Contact("王五", null, null)), 3,
                Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-02T03:04:05Z"));
    }

    @Test
    void exportRowsCarryNamesIdAndLastChange() {
        List<?> row = EnterpriseSheet.row(enterprise(17, 1), Fixtures.refs());
        List<String> headers = EnterpriseSheet.headers(EnterpriseSheet.exportColumns());
        assertEquals(headers.size(), row.size());
        assertEquals("编号", headers.get(0));
        assertEquals("更新时间", headers.get(headers.size() - 1));
        assertEquals(17L, row.get(0));
        assertEquals("海棠村", row.get(headers.indexOf("村社区")));
        assertEquals("加油站", row.get(headers.indexOf("行业")));
        assertEquals("应急办", row.get(headers.indexOf("监管部门")));
        assertEquals("经发办", row.get(headers.indexOf("第二监管部门")));
        assertEquals(45, row.get(headers.indexOf("从业人数")));
        assertEquals("停业", row.get(headers.indexOf("经营状态")));
        assertEquals("红", row.get(headers.indexOf("风险等级")));
        assertEquals("是", row.get(headers.indexOf("规上企业")));
        assertEquals("否", row.get(headers.indexOf("火灾高危")));
        assertEquals("李四", row.get(headers.indexOf("联系人")), "the first contact");
        assertEquals(Instant.parse("2026-11-02T03:04:05Z"), row.get(headers.size() - 1));
    }

    @Test
    void anExportedFileImportsAgain() {
        ReferenceData refs = Fixtures.refs();
        Enterprise e = enterprise(17, 1);
        List<String> headers = EnterpriseSheet.headers(EnterpriseSheet.exportColumns());
        List<String> cells = EnterpriseSheet.row(e, refs)
                .stream()
                .map(c -> c == null ? "" : c.toString())
                .collect(Collectors.toCollection(ArrayList::new));
        ColumnMatch columns = ColumnMatch.of(headers);
        assertTrue(columns.ok(), "id and last change are accepted and ignored");
        RowChecker.Result result = new RowChecker(columns, refs, DataScope.everything(), Set.of(), false)
                .check(new Table.Row(2, cells));
        assertTrue(result.ok(), result.errors().toString());
        EnterpriseData data = result.valid().data();
        assertEquals(new EnterpriseData(e.creditCode(), e.name(), e.address(), e.village(), e.sector(),
                e.department(), e.secondDepartment(), e.staffCount(), e.status(), e.riskLevel(), e.flags(),
                e.contacts().subList(0, 1)), data);
    }

    @Test
    void theExportReadsChunksInTheIdsOrder() {
        List<List<Long>> asked = new ArrayList<>();
        SheetSpec sheet = EnterpriseExport.sheet(List.of(5L, 3L, 9L, 4L, 8L), slice -> {
            asked.add(List.copyOf(slice));
            return slice.stream().filter(id -> id != 9L).map(id -> enterprise(id, id.intValue())).toList();
        }, Fixtures.refs(), 2);
        assertEquals(List.of(), asked, "nothing is read before the workbook is written");
        List<Object> ids = new ArrayList<>();
        sheet.rows().forEach(row -> ids.add(row.get(0)));
        assertEquals(List.of(5L, 3L, 4L, 8L), ids, "an id gone (or out of scope) since is left out");
        assertEquals(List.of(List.of(5L, 3L), List.of(9L, 4L), List.of(8L)), asked);
    }

    @Test
    void theTemplateExplainsEachColumnAndListsTheChoices() {
        List<SheetSpec> workbook = TemplateSheets.workbook(Fixtures.refs());
        assertEquals(List.of("企业", "说明", "可选值"), workbook.stream().map(SheetSpec::name).toList());
        assertTrue(ColumnMatch.of(workbook.get(0).headers()).ok(), "the template's own headers import");
        assertEquals(List.of(), rows(workbook.get(0)));

        List<List<?>> help = rows(workbook.get(1));
        assertEquals(17, help.size(), "one row per column");
        List<?> village = help.stream().filter(r -> r.get(0).equals("村社区")).findFirst().orElseThrow();
        assertEquals("必填", village.get(2));
        assertEquals("白市驿村、海棠村", village.get(4), "active villages only");

        List<List<?>> choices = rows(workbook.get(2));
        assertTrue(choices.contains(List.of("村社区", "haitang", "海棠村", "")));
        assertTrue(choices.contains(List.of("行业", "factory", "工业企业", "Factory")));
        assertTrue(choices.contains(List.of("监管部门", "planning", "规建办", "Planning and Construction Office")));
        assertTrue(choices.contains(List.of("风险等级", "RED", "红", "red")));
        assertTrue(choices.stream().noneMatch(r -> r.contains("旧村") || r.contains("retired")));
    }

    static List<List<?>> rows(SheetSpec sheet) {
        List<List<?>> rows = new ArrayList<>();
        sheet.rows().forEach(rows::add);
        return rows;
    }
}
