package org.safegrid.enterprises.internal.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.safegrid.sheets.api.Table;

/** Tables as the spreadsheet service would read them, written by hand. */
public final class Sheets {

    /** The template's Chinese headers. */
    public static final List<String> HEADERS = List.of("统一社会信用代码", "企业名称", "地址", "村社区", "行业", "监管部门", "第二监管部门",
            "从业人数", "经营状态", "风险等级", "规上企业", "重大危险源", "火灾高危", "特种设备", "联系人", "联系人职务", "联系电话");

    private Sheets() {
    }

    /** A table; data rows are numbered from 2, as under a header in row 1. */
    @SafeVarargs
    public static Table table(List<String> headers, List<String>... rows) {
        List<Table.Row> list = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            list.add(new Table.Row(i + 2, rows[i]));
        }
        return new Table(headers, list);
    }

    /** A good row for the template's headers. */
    public static List<String> row(int serial) {
        return row(serial, "白市驿村", "应急办");
    }

    public static List<String> row(int serial, String village, String department) {
        return Arrays.asList(Fixtures.creditCode(serial), "企业" + serial, "正街 " + serial + " 号", village, "加油站",
                department, "", "12", "在营", "橙", "否", "否", "是", "", "张三", "站长", "13812345678");
    }

    /** A good row with one cell changed. */
    public static List<String> row(int serial, int column, String value) {
        List<String> row = new ArrayList<>(row(serial));
        row.set(column, value);
        return row;
    }
}
