package org.safegrid.enterprises.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safegrid.enterprises.internal.testing.Fixtures.creditCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Contact;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.enterprises.internal.model.EnterpriseData;
import org.safegrid.enterprises.internal.testing.Fixtures;
import org.safegrid.enterprises.internal.testing.Sheets;
import org.safegrid.sheets.api.Table;

/** Each imported row is checked like the JSON API's input, plus duplicates and the user's departments. */
class RowCheckerTest {

    static final DataScope ADMIN = DataScope.of(Set.of("admin"));

    static RowChecker checker(List<String> headers, DataScope scope, Set<String> registered) {
        return new RowChecker(ColumnMatch.of(headers), Fixtures.refs(), scope, registered, false);
    }

    static RowChecker checker() {
        return checker(Sheets.HEADERS, ADMIN, Set.of());
    }

    static RowChecker.Result check(List<String> cells) {
        return checker().check(new Table.Row(5, cells));
    }

    /** The single error of a row with one bad cell: its column and message. */
    static ImportError only(List<String> cells) {
        RowChecker.Result result = check(cells);
        assertEquals(1, result.errors().size(), result.errors().toString());
        assertEquals(5, result.errors().get(0).row());
        return result.errors().get(0);
    }

    @Test
    void aGoodRowBecomesData() {
        RowChecker.Result result = check(Sheets.row(1));
        assertTrue(result.ok(), result.errors().toString());
        EnterpriseData data = result.valid().data();
        assertEquals(5, result.valid().row());
        assertEquals(creditCode(1), data.creditCode());
        assertEquals("baishiyi", data.village(), "the village by its name");
        assertEquals("fuel-station", data.sector(), "the sector by its Chinese name");
        assertEquals("emergency", data.department(), "the department by its Chinese name");
        assertEquals(12, data.staffCount());
        assertEquals(EnterpriseStatus.OPERATING, data.status());
        assertEquals(RiskLevel.ORANGE, data.riskLevel());
        assertEquals(Set.of(EnterpriseFlag.HIGH_FIRE_RISK), data.flags());
        assertEquals(List.of(new Contact("张三", "站长", "13812345678")), data.contacts());
    }

    @Test
    void codesEnglishNamesAndOtherSpellingsAreReadToo() {
        List<String> cells = new ArrayList<>(Sheets.row(2));
        cells.set(0, creditCode(2).toLowerCase());
        cells.set(3, "HAITANG");
        cells.set(4, "Factory");
        cells.set(5, "Economic Development Office");
        cells.set(6, "emergency");
        cells.set(7, "1,200");
        cells.set(8, "suspended");
        cells.set(9, "红色");
        cells.set(10, "Y");
        cells.set(11, "TRUE");
        cells.set(12, "0");
        cells.set(13, "1");
        cells.set(14, "");
        cells.set(15, "");
        cells.set(16, "");
        EnterpriseData data = check(cells).valid().data();
        assertEquals("haitang", data.village());
        assertEquals("factory", data.sector());
        assertEquals("economic", data.department());
        assertEquals("emergency", data.secondDepartment());
        assertEquals(1200, data.staffCount());
        assertEquals(EnterpriseStatus.SUSPENDED, data.status());
        assertEquals(RiskLevel.RED, data.riskLevel());
        assertEquals(Set.of(EnterpriseFlag.ABOVE_SCALE, EnterpriseFlag.MAJOR_HAZARD_SOURCE,
                EnterpriseFlag.SPECIAL_EQUIPMENT), data.flags());
        assertEquals(List.of(), data.contacts(), "no contact when its cells are blank");
        assertEquals(30, check(Sheets.row(3, 7, "30.0")).valid().data().staffCount(), "a number cell");
    }

    @Test
    void eachBadCellIsReportedInItsColumn() {
        assertEquals("统一社会信用代码", only(Sheets.row(1, 0, Fixtures.wrongCheck(1))).column());
        assertEquals("统一社会信用代码校验位不符，请核对是否抄错", only(Sheets.row(1, 0, Fixtures.wrongCheck(1))).message());
        assertEquals(new ImportError(5, "企业名称", "不能为空"), only(Sheets.row(1, 1, " ")));
        assertEquals(new ImportError(5, "村社区", "村社区“西村”不存在"), only(Sheets.row(1, 3, "西村")));
        assertEquals(new ImportError(5, "村社区", "村社区“旧村”已停用"), only(Sheets.row(1, 3, "旧村")));
        assertEquals(new ImportError(5, "行业", "行业“矿山”不存在"), only(Sheets.row(1, 4, "矿山")));
        assertEquals(new ImportError(5, "监管部门", "监管部门“公安”不存在"), only(Sheets.row(1, 5, "公安")));
        assertEquals(new ImportError(5, "第二监管部门", "第二监管部门不能与监管部门相同"), only(Sheets.row(1, 6, "应急办")));
        assertEquals(new ImportError(5, "从业人数", "应为整数，而不是“十二”"), only(Sheets.row(1, 7, "十二")));
        assertEquals(new ImportError(5, "从业人数", "应为整数，而不是“12.5”"), only(Sheets.row(1, 7, "12.5")));
        assertEquals(new ImportError(5, "从业人数", "从业人数应在 0 到 1000000 之间"), only(Sheets.row(1, 7, "-3")));
        assertEquals(new ImportError(5, "从业人数", "不能为空"), only(Sheets.row(1, 7, "")));
        assertTrue(only(Sheets.row(1, 8, "营业")).message().startsWith("“营业”无效，只能是：在营"));
        assertEquals("风险等级", only(Sheets.row(1, 9, "紫")).column());
        assertEquals("火灾高危", only(Sheets.row(1, 12, "可能")).column());
        assertEquals(new ImportError(5, "联系人", "不能为空"), only(Sheets.row(1, 14, "")));
        assertEquals("联系电话", only(Sheets.row(1, 16, "12345")).column());
        assertTrue(only(Sheets.row(1, 16, "12345")).message().contains("电话号码"));
    }

    @Test
    void aRowWithSeveralBadCellsGetsAnErrorForEach() {
        List<String> cells = new ArrayList<>(Sheets.row(1));
        cells.set(0, "123");
        cells.set(7, "-1");
        cells.set(16, "abc");
        List<String> columns = check(cells).errors().stream().map(ImportError::column).toList();
        assertEquals(List.of("统一社会信用代码", "从业人数", "联系电话"), columns);
    }

    @Test
    void duplicatesWithinTheFileAndAgainstTheRegistry() {
        RowChecker checker = checker(Sheets.HEADERS, ADMIN, Set.of(creditCode(9)));
        assertTrue(checker.check(new Table.Row(2, Sheets.row(1))).ok());
        assertTrue(checker.check(new Table.Row(3, Sheets.row(2))).ok());
        List<String> again = new ArrayList<>(Sheets.row(1));
        again.set(0, " " + creditCode(1).toLowerCase() + " ");
        assertEquals(List.of(new ImportError(4, "统一社会信用代码", "统一社会信用代码与第 2 行重复")),
                checker.check(new Table.Row(4, again)).errors());
        assertEquals(List.of(new ImportError(5, "统一社会信用代码", "统一社会信用代码与第 2 行重复")),
                checker.check(new Table.Row(5, Sheets.row(1))).errors(), "always the first row that had it");
        assertEquals(List.of(new ImportError(6, "统一社会信用代码", "统一社会信用代码 " + creditCode(9) + " 已登记")),
                checker.check(new Table.Row(6, Sheets.row(9))).errors());
    }

    @Test
    void aDepartmentUserImportsOnlyTheirOwn() {
        RowChecker checker = checker(Sheets.HEADERS, DataScope.of(Set.of("dept-economic")), Set.of());
        assertEquals(List.of(new ImportError(2, "监管部门", "只能登记本部门（economic）监管的企业")),
                checker.check(new Table.Row(2, Sheets.row(1, "白市驿村", "应急办"))).errors());
        assertTrue(checker.check(new Table.Row(3, Sheets.row(2, "白市驿村", "经发办"))).ok());
        List<String> second = new ArrayList<>(Sheets.row(3, "白市驿村", "应急办"));
        second.set(6, "经发办");
        assertTrue(checker.check(new Table.Row(4, second)).ok(), "being the second department is enough");
    }

    @Test
    void errorsNameTheColumnAsTheFileWritesIt() {
        List<String> headers = new ArrayList<>(Sheets.HEADERS);
        headers.set(7, "staff count");
        headers.set(16, "Contact Phone");
        RowChecker checker = checker(headers, ADMIN, Set.of());
        List<String> cells = new ArrayList<>(Sheets.row(1));
        cells.set(7, "x");
        cells.set(16, "x");
        assertEquals(List.of("staff count", "Contact Phone"),
                checker.check(new Table.Row(2, cells)).errors().stream().map(ImportError::column).toList());
        RowChecker english = new RowChecker(ColumnMatch.of(Sheets.HEADERS), Fixtures.refs(), ADMIN, Set.of(), true);
        assertEquals("is required", english.check(new Table.Row(2, Sheets.row(1, 1, ""))).errors().get(0).message());
    }
}
