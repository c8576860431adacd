package org.safegrid.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives the web shell in headless Chromium (Debian's, through playwright-core) against a running distribution. Each
 * scenario is a script in src/test/browser that exits 0 only when all its checks pass.
 */
class BrowserIT {

    private static Karaf karaf;

    @BeforeAll
    static void start() {
        assumeFalse(Boolean.getBoolean("safegrid.skipBrowser"), "browser tests skipped");
        karaf = Karaf.fresh("browser").start();
    }

    @AfterAll
    static void stop() {
        if (karaf != null) {
            karaf.stop();
        }
    }

    @Test
    void loginDutyLogAndLiveMenuOnUndeployAndRedeploy() throws Exception {
        run("shell-duty-log.mjs");
    }

    private static void run(String script) throws Exception {
        Path dir = Path.of(System.getProperty("safegrid.browser.dir"));
        Path out = Path.of(System.getProperty("safegrid.work")).resolve("browser-" + script + ".log");
        ProcessBuilder pb = karaf.processBuilder(List.of("node", dir.resolve(script).toString()))
          .directory(dir.toFile()).redirectOutput(out.toFile());
        pb.environment().put("SCREENSHOT_DIR", out.getParent().toString());
        Process p = pb.start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String log = Files.readString(out);
        System.out.println(log);
        assertEquals(0, done ? p.exitValue() : -1, script + " failed:\n" + log);
    }
}
