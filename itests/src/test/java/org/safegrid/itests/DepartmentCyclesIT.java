package org.safegrid.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Removes and reinstalls one department 50 times in a row on a running system, waiting each time until it serves
 * again, and shows that no bundle class loader leaks: after a full GC at the end there are no more Felix bundle class
 * loaders than at the start (after warm-up rounds), and none more than half-way. Heap, metaspace and class loaders
 * after GC at boot, at the start, half-way and at the end are printed as MEASURE lines.
 */
class DepartmentCyclesIT {

    private static final int CYCLES = Integer.getInteger("safegrid.cycles", 50);
    private static final int WARM_UP = Integer.getInteger("safegrid.cycles.warmup", 25);
    /** A department with its own persistence unit, REST resources, rules, templates and UI. */
    private static final String DEPARTMENT = System.getProperty("safegrid.cycles.department", "emergency");
    private static final String FEATURE = "safegrid-dept-" + DEPARTMENT;
    private static final String PROBE = "/ui/modules/" + DEPARTMENT + "/index.js";

    private static Karaf karaf;
    private static Http admin;

    @BeforeAll
    static void start() {
        karaf = Karaf.fresh("cycles").start();
        admin = karaf.http().admin();
    }

    @AfterAll
    static void stop() {
        if (karaf != null) {
            karaf.stop();
        }
    }

    @Test
    void fiftyRemovalsAndReinstallsLeakNoClassLoader() {
        JvmMemory booted = JvmMemory.of(karaf);
        // the first rounds load, once, what every later one reuses: class loaders of bundles that the feature
        // service and the JAX-RS whiteboard touch lazily (measured: +13 loaders over the first 20 rounds, then none)
        for (int i = 0; i < WARM_UP; i++) {
            cycle();
        }
        JvmMemory before = JvmMemory.of(karaf);
        long started = System.nanoTime();
        JvmMemory half = null;
        for (int i = 1; i <= CYCLES; i++) {
            cycle();
            if (i == CYCLES / 2) {
                half = JvmMemory.of(karaf);
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        JvmMemory after = JvmMemory.of(karaf);

        System.out.println("MEASURE cycles department=" + DEPARTMENT + " cycles=" + CYCLES + " (after " + WARM_UP
                + " warm-up rounds) seconds=" + seconds);
        System.out.println("MEASURE cycles booted:  " + booted.describe());
        System.out.println("MEASURE cycles start:   " + before.describe());
        System.out.println("MEASURE cycles half:    " + half.describe());
        System.out.println("MEASURE cycles end:     " + after.describe());
        System.out.printf("MEASURE cycles growth start to end: heap %+.1f MiB, metaspace %+.1f MiB, class loaders %+d%n",
                (after.heapUsedKb() - before.heapUsedKb()) / 1024.0,
                (after.metaspaceUsedKb() - before.metaspaceUsedKb()) / 1024.0,
                after.bundleClassLoaders() - before.bundleClassLoaders());
        // each reinstall makes a new bundle class loader: a leak would keep one per round, 50 in all
        assertTrue(after.bundleClassLoaders() <= before.bundleClassLoaders() + 2,
                "bundle class loaders grew from " + before.bundleClassLoaders() + " to "
                        + after.bundleClassLoaders() + " over " + CYCLES + " rounds");
        assertTrue(after.bundleClassLoaders() <= half.bundleClassLoaders() + 1,
                "class loaders still growing in the second half: " + half.bundleClassLoaders() + " -> "
                        + after.bundleClassLoaders());
        assertEquals(200, admin.get("/api/dept/" + DEPARTMENT + "/" + probeApi()).status());
    }

    /** Uninstalls the feature, waits until its UI module is gone, installs it again and waits until it serves. */
    private static void cycle() {
        String out = karaf.ssh("admin", Karaf.ADMIN_PASSWORD, "feature:uninstall " + FEATURE,
                "feature:install " + FEATURE);
        assertFalse(out.contains("Error"), out);
        Karaf.await(Duration.ofSeconds(60), DEPARTMENT + " serving again",
                () -> admin.get("/api/dept/" + DEPARTMENT + "/" + probeApi()).status() == 200
                        && karaf.http().tryStatus(PROBE) == 200);
    }

    private static String probeApi() {
        return switch (DEPARTMENT) {
            case "emergency" -> "log";
            default -> "report-probe";
        };
    }
}
