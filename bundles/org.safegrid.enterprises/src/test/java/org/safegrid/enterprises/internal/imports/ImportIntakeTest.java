package org.safegrid.enterprises.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.internal.testing.Errors;
import org.safegrid.enterprises.internal.testing.FakeSheets;
import org.safegrid.enterprises.internal.testing.Registry;
import org.safegrid.enterprises.internal.testing.Sheets;
import org.safegrid.sheets.api.Table;

/** What an upload is answered at once, before any row is checked. */
class ImportIntakeTest {

    static final DataScope ADMIN = DataScope.of(Set.of("admin"));

    static ImportJobs jobs;
    FakeSheets sheets;
    ImportIntake intake;

    @BeforeAll
    static void start() throws Exception {
        jobs = new ImportJobs(Registry.shared().enterprises);
    }

    @AfterAll
    static void stop() {
        jobs.stop();
    }

    @BeforeEach
    void setUp() throws Exception {
        Registry.shared().reset();
        sheets = new FakeSheets();
        sheets.table = Sheets.table(Sheets.HEADERS, Sheets.row(1));
        intake = new ImportIntake(jobs, sheets);
    }

    static InputStream file() {
        return new ByteArrayInputStream("PK...".getBytes(StandardCharsets.UTF_8));
    }

    JobView start(String mode, String dryRun, DataScope scope) {
        return intake.start(file(), mode, dryRun, "C:\\Users\\王\\企业名单.xlsx", scope, "wang", false);
    }

    @Test
    void aGoodFileStartsAJob() throws Exception {
        JobView job = start("valid-rows", "true", ADMIN);
        finished(job);
        assertEquals("RUNNING", job.state());
        assertEquals("valid-rows", job.mode());
        assertTrue(job.dryRun());
        assertEquals(1, job.total());
        assertEquals("企业名单.xlsx", job.fileName(), "without the client's folders");
        assertEquals("企业名单.xlsx", sheets.readName);
        assertEquals(50_000, sheets.readMaxRows);
        assertEquals("PK...", new String(sheets.read, StandardCharsets.UTF_8));
        assertTrue(jobs.get(job.id(), "wang").isPresent());
    }

    /** Waits for a job, so that no import still writes when the next test starts. */
    static JobView finished(JobView job) throws InterruptedException {
        for (int i = 0; i < 1000 && jobs.get(job.id(), "wang").orElseThrow().state().equals("RUNNING"); i++) {
            Thread.sleep(10);
        }
        return jobs.get(job.id(), "wang").orElseThrow();
    }

    @Test
    void modeDefaultsToAtomicAndBadParametersAre400s() throws Exception {
        JobView job = finished(start(null, null, ADMIN));
        assertEquals("atomic", job.mode());
        assertEquals(false, job.dryRun());
        assertEquals(1, job.imported());
        SafeGridException mode = Errors.expect(Kind.BAD_REQUEST, "bad_mode", () -> start("all", null, ADMIN));
        assertEquals(Map.of("parameter", "mode"), mode.details());
        Errors.expect(Kind.BAD_REQUEST, "bad_dryRun", () -> start("atomic", "yes", ADMIN));
    }

    @Test
    void villageUsersMayNotImport() {
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> start("atomic", null, DataScope.of(Set.of("village-x"))));
        assertEquals(null, sheets.read, "refused before the file is read");
    }

    @Test
    void renamedOrMissingColumnsAre422() {
        sheets.table = Sheets.table(List.of("信用代码", "企业名称"), List.of("x", "y"));
        SafeGridException e = Errors.expect(Kind.INVALID, "bad_columns", () -> start("atomic", null, ADMIN));
        assertTrue(((List<?>) e.details().get("missing")).contains("统一社会信用代码"));
        assertEquals(List.of("信用代码"), e.details().get("unknown"));
    }

    @Test
    void aFileWithoutRowsOrContentIs422() {
        sheets.table = new Table(Sheets.HEADERS, List.of());
        Errors.expect(Kind.INVALID, "empty_file", () -> start("atomic", null, ADMIN));
        Errors.expect(Kind.INVALID, "empty_file", () -> intake.start(new ByteArrayInputStream(new byte[0]), null,
                null, null, ADMIN, "wang", false));
    }

    @Test
    void whatTheReaderCannotReadIs415() {
        sheets.failure = new SafeGridException(Kind.UNSUPPORTED, "not_a_spreadsheet", "not one");
        Errors.expect(Kind.UNSUPPORTED, "not_a_spreadsheet", () -> start("atomic", null, ADMIN));
        sheets.failure = new IOException("zip is damaged");
        SafeGridException e = Errors.expect(Kind.UNSUPPORTED, "not_a_spreadsheet", () -> start("atomic", null, ADMIN));
        assertTrue(e.getMessage().contains("XLSX 或 CSV"), e.getMessage());
        sheets.failure = new IllegalStateException("a bug in the reader");
        Errors.expect(Kind.UNSUPPORTED, "not_a_spreadsheet", () -> start("atomic", null, ADMIN));
        sheets.failure = new SafeGridException(Kind.TOO_LARGE, "too_many_rows", "over 50,000 rows");
        Errors.expect(Kind.TOO_LARGE, "too_many_rows", () -> start("atomic", null, ADMIN));
    }

    @Test
    void theReadersEnglishMessageIsUsedForEnglishReaders() {
        sheets.failure = new SafeGridException(Kind.UNSUPPORTED, "not_a_spreadsheet", "请另存为 XLSX",
                Map.of("reason", "save_as_xlsx", "messageEn", "Save it as XLSX"));
        SafeGridException english = Errors.expect(Kind.UNSUPPORTED, "not_a_spreadsheet",
                () -> intake.start(file(), "atomic", null, "old.xls", ADMIN, "wang", true));
        assertEquals("Save it as XLSX", english.getMessage());
        assertEquals("save_as_xlsx", english.details().get("reason"));
        SafeGridException chinese = Errors.expect(Kind.UNSUPPORTED, "not_a_spreadsheet", () -> start("atomic", null,
                ADMIN));
        assertEquals("请另存为 XLSX", chinese.getMessage());
    }

    @Test
    void theUploadLimitsFailureComesThroughAsIs() {
        InputStream tooLarge = new InputStream() {
            @Override
            public int read() {
                throw new SafeGridException(Kind.TOO_LARGE, "too_large", "over the limit");
            }
        };
        Errors.expect(Kind.TOO_LARGE, "too_large",
                () -> intake.start(tooLarge, null, null, "a.xlsx", ADMIN, "wang", false));
    }

    @Test
    void fileNamesAreCleaned() {
        assertEquals("upload", ImportIntake.fileName(null));
        assertEquals("upload", ImportIntake.fileName(" /tmp/ "));
        assertEquals("a.csv", ImportIntake.fileName("../../a.csv"));
        assertEquals("ab.csv", ImportIntake.fileName("a\nb.csv"));
        assertEquals(200, ImportIntake.fileName("x".repeat(300) + ".xlsx").length());
    }
}
