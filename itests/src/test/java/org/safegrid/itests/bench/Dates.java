package org.safegrid.itests.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Days and enterprises drawn for inspections, cases and hazards. */
final class Dates {

    private Dates() {
    }

    /** {@code count} days of the history before today, oldest first. */
    static List<LocalDate> sortedDays(Random random, Volume volume, int count) {
        List<LocalDate> days = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            days.add(volume.firstDay().plusDays(random.nextInt(volume.horizonDays() - 1)));
        }
        Collections.sort(days);
        return days;
    }

    /**
     * An enterprise that was registered and operating on the day; with {@code byRisk}, red ones four times and orange
     * ones twice as likely (the required inspection frequency).
     */
    static Ent activeEnterprise(Random random, List<Ent> enterprises, LocalDate day, boolean byRisk) {
        for (int attempt = 0; ; attempt++) {
            Ent e = enterprises.get(random.nextInt(enterprises.size()));
            boolean active = !e.registered().isAfter(day) && (e.stopped() == null || day.isBefore(e.stopped()));
            if (!active && attempt < 1000) {
                continue;
            }
            int weight = !byRisk ? 4 : switch (e.risk()) {
            case "RED" -> 4;
            case "ORANGE" -> 2;
            default -> 1;
            };
            if (random.nextInt(4) < weight || attempt >= 1000) {
                return e;
            }
        }
    }
}
