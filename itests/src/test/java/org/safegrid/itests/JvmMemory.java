package org.safegrid.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap, metaspace and bundle class loaders of a running Karaf, read with the JDK's {@code jcmd} after a full GC.
 *
 * @param heapUsedKb heap in use after the GC
 * @param metaspaceUsedKb metaspace in use
 * @param bundleClassLoaders live Felix bundle class loaders
 */
record JvmMemory(long heapUsedKb, long metaspaceUsedKb, long bundleClassLoaders) {

    private static final Pattern HEAP = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
    private static final Pattern METASPACE = Pattern.compile("Metaspace\\s+used (\\d+)K");
    private static final Pattern LOADERS = Pattern
            .compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+org\\.apache\\.felix\\.framework\\.BundleWiringImpl\\$BundleClassLoader\\b",
                    Pattern.MULTILINE);

    /** Collects twice, then reads the figures of Karaf's JVM (its pid from karaf.pid). */
    static JvmMemory of(Karaf karaf) {
        long pid = javaPid(karaf);
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        // the class histogram runs its own full GC first
        String histogram = jcmd(pid, "GC.class_histogram");
        String heap = jcmd(pid, "GC.heap_info");
        return new JvmMemory(first(HEAP, heap, "heap used"), first(METASPACE, heap, "metaspace used"),
                first(LOADERS, histogram, "bundle class loaders"));
    }

    static long javaPid(Karaf karaf) {
        try {
            return Long.parseLong(Files.readString(karaf.home().resolve("karaf.pid")).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long first(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError("jcmd printed no " + what + ":\n" + text);
        }
        return Long.parseLong(m.group(1));
    }

    private static String jcmd(long pid, String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process p = new ProcessBuilder(List.of(jcmd.toString(), Long.toString(pid), command))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("jcmd " + command + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String describe() {
        return String.format("heap %.1f MiB, metaspace %.1f MiB, %d bundle class loaders", heapUsedKb / 1024.0,
                metaspaceUsedKb / 1024.0, bundleClassLoaders);
    }
}
