package org.safegrid.enterprises.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.enterprises.internal.testing.Sheets;
import org.safegrid.sheets.api.Table;

class ColumnMatchTest {

    @Test
    void theTemplatesHeadersMatch() {
        ColumnMatch match = ColumnMatch.of(Sheets.HEADERS);
        assertTrue(match.ok());
        assertEquals(ImportColumn.template().stream().map(ImportColumn::zh).toList(), Sheets.HEADERS);
        Table.Row row = new Table.Row(2, Sheets.row(1));
        assertEquals("白市驿村", match.cell(row, ImportColumn.VILLAGE));
        assertEquals("13812345678", match.cell(row, ImportColumn.CONTACT_PHONE));
    }

    @Test
    void englishHeadersAndFieldNamesInAnyOrderCaseAndSpacing() {
        List<String> headers = List.of(" riskLevel", "STATUS", "Staff  Count", "department", "sector", "Village",
                "NAME", "credit code", "contact phone", "联系人 ", "*地址", "第二监管部门（必填）", "编号", "updatedAt");
        ColumnMatch match = ColumnMatch.of(headers);
        assertTrue(match.ok(), () -> match.failure(true).getMessage());
        Table.Row row = new Table.Row(2, List.of("RED", "在营", "3", "emergency", "factory", "baishiyi", "名", "code",
                "13812345678", "张三", "地址", "", "17", "2026-01-01"));
        assertEquals("code", match.cell(row, ImportColumn.CREDIT_CODE));
        assertEquals("张三", match.cell(row, ImportColumn.CONTACT_NAME));
        assertEquals("", match.cell(row, ImportColumn.ABOVE_SCALE), "an absent optional column reads as blank");
        assertEquals("Staff  Count", match.header(ImportColumn.STAFF_COUNT), "the header as the file writes it");
        assertEquals("规上企业", match.header(ImportColumn.ABOVE_SCALE));
    }

    @Test
    @SuppressWarnings("unchecked")
    void missingAndRenamedColumnsAreNamed() {
        List<String> headers = new ArrayList<>(Sheets.HEADERS);
        headers.set(0, "信用代码"); // renamed: both missing and unknown
        headers.remove("从业人数");
        headers.add("备注");
        headers.add(""); // an unnamed column is ignored
        ColumnMatch match = ColumnMatch.of(headers);
        assertFalse(match.ok());
        SafeGridException e = match.failure(false);
        assertEquals(SafeGridException.Kind.INVALID, e.kind());
        assertEquals("bad_columns", e.code());
        assertEquals(List.of("统一社会信用代码", "从业人数"), e.details().get("missing"));
        assertEquals(List.of("信用代码", "备注"), e.details().get("unknown"));
        assertTrue(e.getMessage().contains("缺少必填列：统一社会信用代码、从业人数"), e.getMessage());
        assertTrue(e.getMessage().contains("无法识别的列：信用代码、备注"), e.getMessage());
        String english = match.failure(true).getMessage();
        assertTrue(english.contains("Missing required columns: 统一社会信用代码 (creditCode), 从业人数 (staffCount)"), english);
    }

    @Test
    void aColumnGivenTwiceIsRefused() {
        List<String> headers = new ArrayList<>(Sheets.HEADERS);
        headers.add("name");
        SafeGridException e = ColumnMatch.of(headers).failure(false);
        assertEquals(List.of("name"), e.details().get("duplicate"));
        assertTrue(e.getMessage().contains("重复的列：name"), e.getMessage());
        assertFalse(ColumnMatch.of(headers).ok());
    }

    @Test
    void optionalColumnsMayBeLeftOut() {
        List<String> headers = ImportColumn.template().stream().filter(ImportColumn::required).map(
                ImportColumn::zh).toList();
        assertTrue(ColumnMatch.of(headers).ok());
        assertEquals(8, headers.size());
    }
}
