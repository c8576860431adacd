package org.safegrid.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Boots a fresh distribution inside a network namespace with nothing but loopback, and an empty HOME (no ~/.m2):
 * every bundle must come from the distribution itself. It is started without SAFEGRID_ADMIN_PASSWORD, so it must
 * generate the first admin password into data/initial-admin-password, readable by its owner only.
 */
class OfflineIT {

    @Test
    void bootsAndServesWithNoNetworkAndNoMavenRepository() throws Exception {
        Karaf karaf = Karaf.fresh("offline");
        Path script = Path.of(OfflineIT.class.getResource("/offline-boot.sh").toURI());
        ProcessBuilder pb = karaf.processBuilder(List.of("unshare", "--net", "--", "bash", script.toString()));
        pb.environment().remove("SAFEGRID_ADMIN_PASSWORD");
        pb.redirectOutput(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        assertTrue(p.waitFor(6, TimeUnit.MINUTES), "offline boot did not finish");
        String out = new String(p.getInputStream().readAllBytes());

        Matcher ready = Pattern.compile("READY (\\d+) (\\d+)").matcher(out);
        assertTrue(ready.find(), out);
        assertEquals("200", ready.group(1), out + log(karaf));
        System.out.println("MEASURE offline boot to ready: " + ready.group(2) + " ms");
        assertTrue(out.contains("LOG 200"), "login with the generated admin password: " + out);
        Path generated = karaf.home().resolve("data/initial-admin-password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(generated)));
        assertTrue(Files.readString(generated).trim().length() >= 20);
        Matcher outside = Pattern.compile("OUTSIDE (\\d+)").matcher(out);
        assertTrue(outside.find(), out);
        assertNotEquals("0", outside.group(1), "the namespace must have no route out");
        String karafLog = log(karaf);
        assertFalse(karafLog.contains("Error resolving artifact"), karafLog);
        assertTrue(Files.list(karaf.home().resolveSibling("offline-home")).findAny().isEmpty(),
          "nothing may be written to HOME");
    }

    private static String log(Karaf karaf) throws IOException {
        Path log = karaf.home().resolve("data/log/karaf.log");
        return Files.exists(log) ? Files.readString(log) : "(no karaf.log)";
    }
}
