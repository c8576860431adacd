package org.safegrid.itests.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How much to generate and as of which day. The defaults are the volumes the issue asks the system to be designed for;
 * {@link #scaled} shrinks them for a quick run. The same seed and the same {@code today} give the same data.
 */
record Volume(int villages, int enterprises, long submissions, int hazards, int inspections, int cases,
  int horizonDays, long seed, LocalDate today) {

    static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");

    static Volume standard(LocalDate today, long seed) {
        return new Volume(20, 10_000, 1_000_000, 100_000, 8_000, 3_000, 400, seed, today);
    }

    /** The same proportions at a fraction of the volume (villages and the horizon stay). */
    Volume scaled(double factor) {
        if (factor == 1.0) {
            return this;
        }
        return new Volume(villages, Math.max(60, (int) (enterprises * factor)), Math.max(1, (long) (submissions * factor)),
          Math.max(10, (int) (hazards * factor)), Math.max(10, (int) (inspections * factor)),
          Math.max(10, (int) (cases * factor)), horizonDays, seed, today);
    }

    /** The first day of the generated history. */
    LocalDate firstDay() {
        return today.minusDays(horizonDays - 1L);
    }

    /**
     * "Now" for the data: the start of {@code today} in the town, as a UTC wall-clock time (how the entities store
     * instants). Nothing generated happens later, so the data depend on the day only, not on the hour of the run.
     */
    LocalDateTime nowUtc() {
        return utc(today.atStartOfDay());
    }

    /** A town-time moment as UTC wall-clock time. */
    static LocalDateTime utc(LocalDateTime townTime) {
        return townTime.atZone(TOWN).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
