package org.safegrid.enterprises.internal.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.internal.service.EnterpriseChanges;
import org.safegrid.enterprises.internal.validation.Failures;
import org.safegrid.enterprises.internal.validation.Text;
import org.safegrid.sheets.api.SpreadsheetService;
import org.safegrid.sheets.api.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes an uploaded file and answers what can be told at once: who may import (403), the parameters (400), whether
 * it is a spreadsheet (415; too large is the platform's 413), its header row and rows (422 {@code bad_columns},
 * {@code empty_file}). Then it hands the rows to {@link ImportJobs}.
 */
public final class ImportIntake {

    private static final Logger LOG = LoggerFactory.getLogger(ImportIntake.class);

    /** The most data rows a file may have. */
    public static final int MAX_ROWS = 50_000;
    static final int FILE_NAME_MAX = 200;

    private static final Text NOT_A_SPREADSHEET = new Text("无法读取该文件，请上传 XLSX 或 CSV 格式的表格",
            "The file could not be read; upload an XLSX or CSV spreadsheet");
    private static final Text NO_ROWS = new Text("文件中没有数据行", "The file holds no data rows");
    private static final Text NO_FILE = new Text("请求中没有文件内容", "The request carries no file");
    private static final Text BAD_DRY_RUN = new Text("参数 dryRun 只能是 true 或 false，而不是“{0}”",
            "dryRun must be true or false, not '{0}'");

    private final ImportJobs jobs;
    private final SpreadsheetService sheets;

    public ImportIntake(ImportJobs jobs, SpreadsheetService sheets) {
        this.jobs = jobs;
        this.sheets = sheets;
    }

    /** Reads and checks the file and starts the job; the job as it starts. */
    public JobView start(InputStream body, String mode, String dryRun, String fileName, DataScope scope, String user,
            boolean english) {
        if (!EnterpriseChanges.mayChangeAny(scope)) {
            throw Failures.readOnly(english);
        }
        ImportMode importMode = ImportMode.parse(mode, english);
        boolean dry = dryRun(dryRun, english);
        String name = fileName(fileName);
        Table table = read(body, name, english);
        ColumnMatch columns = ColumnMatch.of(table.headers());
        if (!columns.ok()) {
            throw columns.failure(english);
        }
        if (table.rows().isEmpty()) {
            throw new SafeGridException(Kind.INVALID, "empty_file", NO_ROWS.format(english), Map.of("fileName", name));
        }
        return jobs.start(table, columns, importMode, dry, name, scope, user, english);
    }

    /**
     * The whole body first (the platform's filter stops it at the upload limit with a 413), so a damaged file fails in
     * the spreadsheet reader and nowhere else; whatever the reader throws but its own errors is a 415.
     */
    private Table read(InputStream body, String name, boolean english) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readAllBytes();
        } catch (IOException e) {
            throw SafeGridException.badRequest("unreadable_body", NO_FILE.format(english));
        }
        if (bytes.length == 0) {
            throw new SafeGridException(Kind.INVALID, "empty_file", NO_FILE.format(english), Map.of("fileName", name));
        }
        try {
            return sheets.read(new ByteArrayInputStream(bytes), name, MAX_ROWS);
        } catch (SafeGridException e) {
            throw inLanguage(e, english);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read uploaded file {} ({} bytes) as a spreadsheet: {}", name, bytes.length,
                    e.toString());
            throw new SafeGridException(Kind.UNSUPPORTED, "not_a_spreadsheet", NOT_A_SPREADSHEET.format(english),
                    Map.of("fileName", name));
        }
    }

    /** The spreadsheet service's errors carry the English text in {@code details.messageEn}. */
    static SafeGridException inLanguage(SafeGridException e, boolean english) {
        Object en = e.details().get("messageEn");
        if (!english || !(en instanceof String text) || text.isBlank()) {
            return e;
        }
        return new SafeGridException(e.kind(), e.code(), text, e.details());
    }

    static boolean dryRun(String value, boolean english) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Failures.badParameter("bad_dryRun", "dryRun",
                    BAD_DRY_RUN.format(english, Failures.cut(value)));
        };
    }

    /** The name the client gave, without folders or control characters; "upload" when none. */
    static String fileName(String given) {
        String name = given == null ? "" : given.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "");
        if (name.isEmpty()) {
            return "upload";
        }
        return name.length() > FILE_NAME_MAX ? name.substring(name.length() - FILE_NAME_MAX) : name;
    }
}
