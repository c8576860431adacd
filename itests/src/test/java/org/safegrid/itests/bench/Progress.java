package org.safegrid.itests.bench;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the generator prints while it works: one line per step at its end, and a progress line every few seconds with
 * the rows written and the rate. A command-line tool's output, hence standard out.
 */
final class Progress {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private String step = "";
    private long stepRows;
    private long stepStart;
    private long lastPrint;
    private long totalRows;
    private final long start = System.nanoTime();

    Progress(PrintStream out) {
        this.out = out;
    }

    void begin(String name) {
        step = name;
        stepRows = 0;
        stepStart = System.nanoTime();
        lastPrint = stepStart;
        print("%s ...", name);
    }

    void row() {
        stepRows++;
        totalRows++;
        if ((stepRows & 1023) == 0) {
            long now = System.nanoTime();
            if (now - lastPrint > EVERY_NANOS) {
                lastPrint = now;
                print("  %s: %,d rows, %,.0f rows/s", step, stepRows, rate(stepRows, now - stepStart));
            }
        }
    }

    void end(String summary) {
        long nanos = System.nanoTime() - stepStart;
        print("%s: %s; %,d rows in %.1f s (%,.0f rows/s)", step, summary, stepRows, nanos / 1e9,
          rate(stepRows, nanos));
    }

    long totalRows() {
        return totalRows;
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    void print(String format, Object... args) {
        out.println(LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + " "
          + String.format(Locale.ROOT, format, args));
        out.flush();
    }

    static double rate(long rows, long nanos) {
        return nanos <= 0 ? 0 : rows / (nanos / 1e9);
    }
}
