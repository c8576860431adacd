package org.safegrid.sheets.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;

/**
 * The failures a spreadsheet can cause, with stable codes and reasons (listed in the API's package documentation).
 * The message is Chinese, the town's language; {@code details.messageEn} carries the English text so that a REST layer
 * can answer in the caller's language without a copy of these texts.
 */
final class SheetErrors {

    static final String NOT_A_SPREADSHEET = "not_a_spreadsheet";
    static final String EMPTY_FILE = "empty_file";
    static final String TOO_MANY_ROWS = "too_many_rows";

    /** Why a file is not a spreadsheet this service reads: {@code details.reason}. */
    enum Reason {
        /** XLS, XLSB, ODS, strict OOXML, an Excel 2003 XML or HTML table named .xls: Excel or WPS can save it as XLSX. */
        SAVE_AS_XLSX,
        /** An XLSX with an opening password (stored inside an OLE2 container). */
        ENCRYPTED,
        /** Looks like XLSX or CSV but cannot be read: a broken zip, a missing part, unbalanced quotes. */
        DAMAGED,
        /** Anything else: a PDF, an image, a Word file, binary data. */
        UNKNOWN_FORMAT;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        String zh() {
            return switch (this) {
                case SAVE_AS_XLSX -> "文件“{0}”是旧版 Excel 格式（如 .xls），请用 Excel 或 WPS 打开后“另存为” .xlsx 文件再上传";
                case ENCRYPTED -> "文件“{0}”设置了打开密码，请在 Excel 或 WPS 中取消密码后再上传";
                case DAMAGED -> "文件“{0}”已损坏或不完整，无法读取";
                case UNKNOWN_FORMAT -> "文件“{0}”不是电子表格，请上传 .xlsx 或 .csv 文件";
            };
        }

        String en() {
            return switch (this) {
                case SAVE_AS_XLSX ->
                    "“{0}” is in an old Excel format (such as .xls); open it in Excel or WPS and save it as .xlsx";
                case ENCRYPTED ->
                    "“{0}” is protected by a password; remove the password in Excel or WPS and upload it again";
                case DAMAGED -> "“{0}” is damaged or incomplete and cannot be read";
                case UNKNOWN_FORMAT -> "“{0}” is not a spreadsheet; upload an .xlsx or .csv file";
            };
        }
    }

    private SheetErrors() {
    }

    /** 415 {@code not_a_spreadsheet} with {@code details.reason}. */
    static SafeGridException notASpreadsheet(Reason reason, String fileName) {
        return error(Kind.UNSUPPORTED, NOT_A_SPREADSHEET, zh(reason.zh(), fileName), en(reason.en(), fileName),
                fileName, Map.of("reason", reason.code()));
    }

    /** 415 {@code not_a_spreadsheet}, reason {@code damaged}: a CSV file whose quotes do not pair up. */
    static SafeGridException unbalancedQuote(String fileName, long row) {
        return error(Kind.UNSUPPORTED, NOT_A_SPREADSHEET,
                zh("文件“{0}”从第 " + row + " 行起引号不成对，无法读取；请检查该行的双引号", fileName),
                en("“{0}” has an unbalanced quote from row " + row + " on; check the double quotes in that row",
                        fileName),
                fileName, Map.of("reason", Reason.DAMAGED.code(), "row", row));
    }

    /** 422 {@code empty_file}: no row with any content, so no header row. */
    static SafeGridException emptyFile(String fileName) {
        return error(Kind.INVALID, EMPTY_FILE, zh("文件“{0}”是空的：没有表头行", fileName),
                en("“{0}” is empty: it has no header row", fileName), fileName, Map.of());
    }

    /** 413 {@code too_many_rows}: more data rows than the caller accepts. */
    static SafeGridException tooManyRows(String fileName, int maxRows) {
        return error(Kind.TOO_LARGE, TOO_MANY_ROWS,
                zh("文件“{0}”的数据行超过 " + maxRows + " 行，请分成多个文件上传", fileName),
                en("“{0}” has more than " + maxRows + " data rows; split it into several files", fileName),
                fileName, Map.of("maxRows", maxRows));
    }

    private static SafeGridException error(Kind kind, String code, String zh, String en, String fileName,
            Map<String, Object> extra) {
        Map<String, Object> details = new LinkedHashMap<>(extra);
        String name = displayName(fileName);
        if (name != null) {
            details.put("fileName", name);
        }
        details.put("messageEn", en);
        return new SafeGridException(kind, code, zh, details);
    }

    private static String zh(String text, String fileName) {
        String name = displayName(fileName);
        return text.replace("{0}", name == null ? "未命名文件" : name);
    }

    private static String en(String text, String fileName) {
        String name = displayName(fileName);
        return text.replace("{0}", name == null ? "unnamed file" : name);
    }

    /** The name without any path a browser may send, at most 100 characters; null when there is none. */
    static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c)).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (name.isBlank()) {
            return null;
        }
        return name.length() > 100 ? name.substring(0, 100) + "…" : name;
    }
}
