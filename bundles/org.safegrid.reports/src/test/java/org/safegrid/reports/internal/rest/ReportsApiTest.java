package org.safegrid.reports.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.report.ReportSectionContributor;
import org.safegrid.reports.internal.ReportService;
import org.safegrid.reports.internal.Wiring;
import org.safegrid.reports.internal.archive.ArchivePage;
import org.safegrid.reports.internal.archive.ArchiveStore;
import org.safegrid.reports.internal.archive.ArchiveSummary;
import org.safegrid.reports.internal.export.ReportExporter;
import org.safegrid.reports.internal.testing.Callers;
import org.safegrid.reports.internal.testing.Engines;
import org.safegrid.reports.internal.testing.Sample;
import org.safegrid.reports.internal.testing.TestFonts;
import org.safegrid.reports.internal.view.ReportView;
import org.safegrid.sheets.internal.SheetsService;
import org.safegrid.testing.DerbyUnit;

/** The REST resources over the real component, a real archive on Derby, and hand-made figures. */
class ReportsApiTest {

    private static final HttpHeaders ZH = Callers.chinese();
    private static final HttpHeaders EN = Callers.english();
    private static final SecurityContext ADMIN = Callers.admin();
    private static final SecurityContext COMMITTEE = Callers.user("wang", "committee");
    private static final SecurityContext EMERGENCY = Callers.user("li", "dept-emergency");
    private static final SecurityContext VILLAGE = Callers.user("zhao", "village-v01");

    private static DerbyUnit unit;
    private static ArchiveStore store;
    private static ReportService service;
    private static ReportResource reports;
    private static ArchiveResource archive;
    private static ReportSectionContributor emergencySection;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("reports-api", DerbyUnit.REPORTS);
        store = new ArchiveStore(unit.jpa(), unit.schema());
        service = Wiring.service(store, Clock.fixed(Engines.NOW, ZoneOffset.UTC));
        Wiring.department(service, "emergency", "应急办", "Emergency Management Office");
        Wiring.department(service, "planning", "规建办", "Planning and Construction Office");
        Wiring.department(service, "economic", "经发办", "Economic Development Office");
        Wiring.source(service, Sample.core());
        emergencySection = Sample.emergencySection();
        ReportExporter exporter = new ReportExporter(new SheetsService(), TestFonts.find());
        reports = new ReportResource(service, exporter);
        archive = new ArchiveResource(service, store, exporter);
    }

    @BeforeEach
    void clear() throws Exception {
        unit.clear();
        Wiring.removeSection(service, emergencySection);
        Wiring.section(service, "emergency", emergencySection);
    }

    @AfterAll
    static void stop() {
        Wiring.stop(service);
        unit.close();
    }

    @Test
    void theTownReportAnswersInTheReadersLanguage() {
        ReportView zh = reports.town("2026-11", null, null, COMMITTEE, ZH);
        assertEquals("TOWN", zh.kind());
        assertEquals("town", zh.unit());
        assertEquals("白市驿镇安全生产监管月报（2026年11月）", zh.title());
        assertEquals("2026-11-30", zh.period().to().toString());
        assertEquals(List.of("emergency", "economic", "planning"),
                zh.departments().stream().map(ReportView.UnitView::unit).toList());
        assertEquals("应急办", zh.departments().get(0).name());
        assertEquals(1, zh.sections().size());
        assertTrue(zh.scoring().startsWith("得分"));
        ReportView en = reports.town(null, "2026-11-01", "2026-11-15", ADMIN, EN);
        assertEquals("Baishiyi Town: Work-Safety Supervision Report (1 Nov 2026 to 15 Nov 2026)", en.title());
        assertEquals("CUSTOM", en.period().granularity());
        assertTrue(en.scoring().startsWith("Score"));
    }

    @Test
    void aDepartmentReadsOnlyItsOwnReport() {
        ReportView own = reports.department("emergency", "2026-11", null, null, EMERGENCY, ZH);
        assertEquals("DEPARTMENT", own.kind());
        assertEquals(7L, own.totals().get("inspections"));
        assertEquals(List.of("emergency-duty"), own.sections().stream().map(ReportView.SectionView::code).toList());

        forbidden(() -> reports.town("2026-11", null, null, EMERGENCY, ZH));
        forbidden(() -> reports.department("planning", "2026-11", null, null, EMERGENCY, ZH));
        forbidden(() -> reports.village("v01", "2026-11", null, null, EMERGENCY, ZH));
        forbidden(() -> reports.departmentExport("planning", "2026-11", null, null, "pdf", EMERGENCY, ZH));
        forbidden(() -> reports.townExport("2026-11", null, null, "xlsx", EMERGENCY, ZH));
        SafeGridException e = assertThrows(SafeGridException.class,
                () -> reports.town("2026-11", null, null, EMERGENCY, EN));
        assertEquals("Only the safety committee office and administrators may read the town report", e.getMessage());
    }

    @Test
    void aVillageReadsOnlyItsOwnReport() {
        assertEquals("白市驿社区安全生产监管月报（2026年11月）",
                reports.village("v01", "2026-11", null, null, VILLAGE, ZH).title());
        forbidden(() -> reports.village("v02", "2026-11", null, null, VILLAGE, ZH));
        forbidden(() -> reports.department("emergency", "2026-11", null, null, VILLAGE, ZH));
    }

    @Test
    void unknownUnitsAreNotFound() {
        assertEquals(404, status(() -> reports.department("nope", "2026-11", null, null, ADMIN, ZH)));
        assertEquals(404, status(() -> reports.village("v99", "2026-11", null, null, ADMIN, ZH)));
        // one of the town's six departments, not installed now: its report still answers (with nothing counted)
        assertEquals("文服中心安全生产监管月报（2026年11月）",
                reports.department("culture", "2026-11", null, null, ADMIN, ZH).title());
    }

    @Test
    void badInputIsA400WithACode() {
        assertEquals("bad_period", code(() -> reports.town("2026-13", null, null, ADMIN, ZH)));
        assertEquals("bad_period", code(() -> reports.town("abc", null, null, ADMIN, ZH)));
        assertEquals("bad_period", code(() -> reports.town("2026-11", "2026-11-01", "2026-11-02", ADMIN, ZH)));
        assertEquals("bad_period", code(() -> reports.town(null, null, null, ADMIN, ZH)));
        assertEquals("bad_range", code(() -> reports.town(null, "2026-11-20", "2026-11-01", ADMIN, ZH)));
        assertEquals("range_too_long", code(() -> reports.town(null, "2025-01-01", "2026-11-01", ADMIN, ZH)));
        assertEquals("bad_format", code(() -> reports.townExport("2026-11", null, null, "docx", ADMIN, ZH)));
        assertEquals("bad_format", code(() -> reports.townExport("2026-11", null, null, null, ADMIN, ZH)));
    }

    @Test
    void exportsAreAttachmentsNamedForTheReport() {
        Response xlsx = reports.townExport("2026-11", null, null, "xlsx", ADMIN, ZH);
        assertEquals(200, xlsx.getStatus());
        String disposition = xlsx.getHeaderString("Content-Disposition");
        assertTrue(disposition.startsWith("attachment; filename=\"safegrid-town-2026-11.xlsx\"; filename*=UTF-8''"),
                disposition);
        assertTrue(disposition.contains("%E7%99%BD%E5%B8%82%E9%A9%BF"), disposition); // 白市驿
        Response pdf = reports.departmentExport("emergency", "2026-W48", null, null, "PDF", EMERGENCY, EN);
        assertEquals("application/pdf", pdf.getMediaType().toString());
        assertTrue(pdf.getHeaderString("Content-Disposition")
                .contains("filename=\"safegrid-department-emergency-2026-W48.pdf\""));
    }

    @Test
    void aMonthIsArchivedOnceAndKeepsItsSections() {
        Response created = archive.archive("2026-10", COMMITTEE, ZH);
        assertEquals(201, created.getStatus());
        @SuppressWarnings("unchecked")
        List<ArchiveSummary> summaries = (List<ArchiveSummary>) created.getEntity();
        assertEquals(List.of("TOWN:town", "DEPARTMENT:economic", "DEPARTMENT:emergency", "DEPARTMENT:planning"),
                summaries.stream().map(s -> s.kind() + ":" + s.unit()).sorted((a, b) -> a.startsWith("TOWN")
                        ? -1
                        : b.startsWith("TOWN") ? 1 : a.compareTo(b)).toList());
        long townId = summaries.stream().filter(s -> s.kind().equals("TOWN")).findFirst().orElseThrow().id();

        SafeGridException again = assertThrows(SafeGridException.class,
                () -> archive.archive("2026-10", ADMIN, ZH));
        assertEquals("already_archived", again.code());
        assertEquals(409, again.kind().status());

        // the department's bundle goes: new reports lose its section, the archived one keeps it
        Wiring.removeSection(service, emergencySection);
        assertTrue(reports.town("2026-10", null, null, ADMIN, ZH).sections().isEmpty());
        ReportView kept = archive.get(String.valueOf(townId), ADMIN, ZH);
        assertTrue(kept.archived());
        assertEquals(townId, kept.archiveId());
        assertEquals(List.of("值班值守"), kept.sections().stream().map(ReportView.SectionView::title).toList());
        assertEquals("Duty watch", archive.get(String.valueOf(townId), ADMIN, EN).sections().get(0).title());
        assertEquals(200, archive.export(String.valueOf(townId), "pdf", ADMIN, ZH).getStatus());
        assertEquals("bad_format", code(() -> archive.export(String.valueOf(townId), "csv", ADMIN, ZH)));
    }

    @Test
    void archivesFollowTheReadersScope() {
        archive.archive("2026-10", ADMIN, ZH);
        ArchivePage all = archive.list(null, null, COMMITTEE, ZH);
        assertEquals(4, all.total());
        ArchivePage own = archive.list("0", "10", EMERGENCY, ZH);
        assertEquals(1, own.total());
        assertEquals("应急办安全生产监管月报（2026年10月）", own.items().get(0).title());
        assertEquals(0, archive.list(null, null, VILLAGE, ZH).total());

        long planning = all.items().stream().filter(s -> s.unit().equals("planning")).findFirst().orElseThrow().id();
        long town = all.items().stream().filter(s -> s.unit().equals("town")).findFirst().orElseThrow().id();
        forbidden(() -> archive.get(String.valueOf(planning), EMERGENCY, ZH));
        forbidden(() -> archive.get(String.valueOf(town), EMERGENCY, ZH));
        forbidden(() -> archive.archive("2026-09", EMERGENCY, ZH));
        assertEquals(404, status(() -> archive.get("12345", ADMIN, ZH)));
        assertEquals(404, status(() -> archive.get("abc", ADMIN, ZH)));
        assertEquals("bad_size", code(() -> archive.list("0", "500", ADMIN, ZH)));
    }

    @Test
    void onlyWholeMonthsThatAreOverAreArchived() {
        assertEquals("bad_period", code(() -> archive.archive("2026-W40", ADMIN, ZH)));
        assertEquals("period_not_over", code(() -> archive.archive("2026-11", ADMIN, ZH)));
        assertEquals("bad_period", code(() -> archive.archive(null, ADMIN, ZH)));
    }

    private static void forbidden(Executable call) {
        SafeGridException e = assertThrows(SafeGridException.class, call);
        assertEquals(403, e.kind().status());
        assertEquals("forbidden", e.code());
    }

    private static int status(Executable call) {
        return assertThrows(SafeGridException.class, call).kind().status();
    }

    private static String code(Executable call) {
        SafeGridException e = assertThrows(SafeGridException.class, call);
        assertEquals(400, e.kind().status());
        return e.code();
    }
}
