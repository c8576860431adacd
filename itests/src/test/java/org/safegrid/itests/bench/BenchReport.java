package org.safegrid.itests.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's figures as a plain-text table, printed and written to a file. */
final class BenchReport {

    private final List<String> lines = new ArrayList<>();

    void line(String format, Object... args) {
        lines.add(String.format(Locale.ROOT, format, args));
    }

    void counts(Map<String, Long> counts) {
        line("rows per table:");
        counts.forEach((table, n) -> line("  %-26s %,12d", table, n));
    }

    void table(List<Timing.Result> results) {
        line("");
        line("%-32s %-14s %9s %9s %9s %9s %9s  %s", "call", "as", "median ms", "p95 ms", "min ms", "max ms", "total",
          "path");
        for (Timing.Result r : results) {
            line("%-32s %-14s %9.0f %9.0f %9d %9d %9s  %s", r.name(), r.user(), r.median(), r.p95(), r.millis()[0],
              r.max(), r.total() < 0 ? "-" : String.format(Locale.ROOT, "%,d", r.total()), r.path());
        }
        List<Timing.Result> slow = results.stream().filter(r -> r.median() > 500).toList();
        line("");
        line(slow.isEmpty() ? "no call had a median over 500 ms"
          : "median over 500 ms: " + String.join(", ", slow.stream().map(r -> r.name() + " (" + r.user() + ")")
            .toList()));
    }

    /** A stream that prints to standard out and keeps the generator's step summaries (not its progress lines). */
    PrintStream tee() {
        return new PrintStream(new LineTee(System.out, l -> {
            if (!l.endsWith(" ...") && !(l.length() > 10 && l.startsWith("  ", 9))) {
                lines.add("  " + l);
            }
        }), true, StandardCharsets.UTF_8);
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text());
    }

    /** The machine, for reading the figures: cores, load, memory, Java. */
    static String machine() {
        String load = "?";
        try {
            load = Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            // not Linux
        }
        return String.format(Locale.ROOT, "%d cores, load average %s, %d MB max heap of the benchmark JVM, Java %s",
          Runtime.getRuntime().availableProcessors(), load, Runtime.getRuntime().maxMemory() >> 20,
          System.getProperty("java.version"));
    }
}
