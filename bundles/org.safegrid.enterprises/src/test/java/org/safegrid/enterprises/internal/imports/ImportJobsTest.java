package org.safegrid.enterprises.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseEvents;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.internal.testing.Fixtures;
import org.safegrid.enterprises.internal.testing.Registry;
import org.safegrid.enterprises.internal.testing.Sheets;
import org.safegrid.sheets.api.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Imports end to end on the real schema: modes, dry runs, errors, ownership of jobs, and speed. */
class ImportJobsTest {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobsTest.class);
    static final DataScope ADMIN = DataScope.of(Set.of("admin"));

    static Registry registry;
    static ImportJobs jobs;

    @BeforeAll
    static void start() throws Exception {
        registry = Registry.shared();
        jobs = new ImportJobs(registry.enterprises);
    }

    @AfterAll
    static void stop() {
        jobs.stop();
    }

    @BeforeEach
    void reset() throws Exception {
        registry.reset();
    }

    static JobView run(Table table, ImportMode mode, boolean dryRun, String user) throws InterruptedException {
        JobView started = jobs.start(table, ColumnMatch.of(table.headers()), mode, dryRun, "企业.xlsx", ADMIN, user,
                false);
        assertEquals(table.rows().size(), started.total());
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JobView job = jobs.get(started.id(), user).orElseThrow();
            if (!job.state().equals("RUNNING")) {
                return job;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import did not finish");
    }

    /** Rows 2.. of which {@code bad} (0-based) have a negative staff count. */
    static Table table(int rows, int... bad) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            cells.add(Sheets.row(1000 + i, i % 2 == 0 ? "白市驿村" : "haitang", "应急办"));
        }
        for (int b : bad) {
            cells.get(b).set(7, "-1");
        }
        @SuppressWarnings("unchecked")
        List<String>[] array = cells.toArray(new List[0]);
        return Sheets.table(Sheets.HEADERS, array);
    }

    long count() throws Exception {
        return registry.unit.count("SELECT COUNT(*) FROM SG_ENT_ENTERPRISE");
    }

    @Test
    void atomicImportsEverythingWhenEveryRowPasses() throws Exception {
        JobView job = run(table(3), ImportMode.ATOMIC, false, "wang");
        assertEquals("DONE", job.state());
        assertEquals("atomic", job.mode());
        assertEquals(3, job.imported());
        assertEquals(3, job.processed());
        assertEquals(0, job.errorCount());
        assertEquals("企业.xlsx", job.fileName());
        assertTrue(job.finishedAt() != null && !job.finishedAt().isBefore(job.startedAt()));
        assertEquals(3, count());
        Enterprise first = registry.enterprises.byCreditCode(Fixtures.creditCode(1000)).orElseThrow();
        assertEquals("张三", first.contacts().get(0).name());
        assertEquals(3, registry.unit.count("SELECT COUNT(*) FROM SG_ENT_CONTACT"));
    }

    @Test
    void atomicImportsNothingWhenOneRowFails() throws Exception {
        JobView job = run(table(5, 3), ImportMode.ATOMIC, false, "wang");
        assertEquals("DONE", job.state());
        assertEquals(0, job.imported());
        assertEquals(5, job.processed());
        assertEquals(List.of(new ImportError(5, "从业人数", "从业人数应在 0 到 1000000 之间")), job.errors());
        assertEquals(0, count());
    }

    @Test
    void validRowsImportsTheRowsThatPass() throws Exception {
        Table table = table(5, 0, 4);
        JobView job = run(table, ImportMode.VALID_ROWS, false, "wang");
        assertEquals("DONE", job.state());
        assertEquals("valid-rows", job.mode());
        assertEquals(3, job.imported());
        assertEquals(2, job.errorCount());
        assertEquals(List.of(2, 6), job.errors().stream().map(ImportError::row).toList());
        assertEquals(3, count());
    }

    @Test
    void everySavedRowPostsCreatedOnceItCommitted() throws Exception {
        JobView job = run(table(5, 0, 4), ImportMode.VALID_ROWS, false, "wang");
        assertEquals(3, job.imported());
        List<Event> events = registry.events.events;
        assertEquals(3, events.size());
        assertTrue(events.stream().allMatch(e -> e.getTopic().equals(EnterpriseEvents.CREATED)
                && "emergency".equals(e.getProperty(EnterpriseEvents.DEPARTMENT))
                && "wang".equals(e.getProperty(EnterpriseEvents.USER))));
        Set<Object> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.getProperty(EnterpriseEvents.ENTERPRISE_ID)));
        assertEquals(Set.of(id(1001), id(1002), id(1003)), ids);

        registry.events.events.clear();
        run(table(3, 1), ImportMode.ATOMIC, false, "wang");
        run(table(3), ImportMode.ATOMIC, true, "wang");
        assertEquals(List.of(), registry.events.topics(), "nothing saved, nothing posted");
    }

    static Object id(int serial) {
        return registry.enterprises.byCreditCode(Fixtures.creditCode(serial)).orElseThrow().id();
    }

    @Test
    void aDryRunChecksAndSavesNothing() throws Exception {
        JobView job = run(table(4, 1), ImportMode.VALID_ROWS, true, "wang");
        assertEquals("DONE", job.state());
        assertTrue(job.dryRun());
        assertEquals(0, job.imported());
        assertEquals(4, job.processed());
        assertEquals(1, job.errorCount());
        assertEquals(0, count());
    }

    @Test
    void codesRegisteredBeforeAreRowErrors() throws Exception {
        registry.enterprises.create(Fixtures.input(1001), ADMIN, "a", false);
        JobView job = run(table(3), ImportMode.VALID_ROWS, false, "wang");
        assertEquals(2, job.imported());
        assertEquals(List.of(new ImportError(3, "统一社会信用代码", "统一社会信用代码 " + Fixtures.creditCode(1001) + " 已登记")),
                job.errors());
    }

    @Test
    void onlyTheUserWhoStartedAJobSeesIt() throws Exception {
        JobView job = run(table(1), ImportMode.ATOMIC, true, "wang");
        assertTrue(jobs.get(job.id(), "wang").isPresent());
        assertTrue(jobs.get(job.id(), "li").isEmpty());
        assertTrue(jobs.get("no-such-job", "wang").isEmpty());
    }

    @Test
    void theLastFiftyJobsAreKept() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ImportJobs.KEEP + 5; i++) {
            ids.add(run(table(1), ImportMode.ATOMIC, true, "many").id());
        }
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(i >= 5, jobs.get(ids.get(i), "many").isPresent(), "job " + i);
        }
    }

    @Test
    void tenThousandRowsImportInSeconds() throws Exception {
        Table table = table(10_000);
        long start = System.nanoTime();
        JobView job = run(table, ImportMode.ATOMIC, false, "wang");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("Imported 10,000 rows in {} ms (job {} ms)", took.toMillis(),
                Duration.between(job.startedAt(), job.finishedAt()).toMillis());
        assertEquals("DONE", job.state(), job.errors().toString());
        assertEquals(10_000, job.imported());
        assertEquals(10_000, registry.events.events.size(), "one event per enterprise");
        assertEquals(10_000, count());
        assertEquals(10_000, registry.unit.count("SELECT COUNT(*) FROM SG_ENT_CONTACT"));
        assertTrue(took.compareTo(Duration.ofSeconds(60)) < 0, "took " + took);

        long listStart = System.nanoTime();
        var page = registry.enterprises.find(new EnterpriseQuery("企业1", "haitang", "emergency", null, null, null,
                Set.of(), null, 3, 50, "-updatedAt"), ADMIN);
        LOG.info("A filtered page of 50 out of 10,000 in {} ms", (System.nanoTime() - listStart) / 1_000_000);
        assertEquals(50, page.items().size());
        assertEquals(1000, page.total(), "企业1xxx and 企业10xxx, half of them in haitang");
    }
}
