package org.safegrid.itests.bench;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Enforcement cases in the order they were opened, most from an inspection, some repeating an earlier violation of
 * the same kind at the same enterprise within 365 days (aggravated, with a repeat-offence row), each played forward
 * through the three steps (order, re-inspection, penalty) and the daily continuing penalty as far as it got before
 * today.
 */
final class Cases {

    private static final int WINDOW = 365;

    private record Opened(long id, Ent enterprise, String kind, LocalDate day) {
    }

    private final Volume volume;
    private final Random random;
    private final Map<String, Integer> states = new java.util.TreeMap<>();
    private int repeats;

    Cases(Volume volume) {
        this.volume = volume;
        this.random = new Random(volume.seed() ^ 0x434153L);
    }

    void write(Db db, Sink sink, List<Ent> enterprises, List<Insp> inspections) throws SQLException {
        CaseRows rows = new CaseRows(db, sink);
        List<LocalDate> days = Dates.sortedDays(random, volume, volume.cases());
        List<Opened> opened = new ArrayList<>();
        Map<String, Opened> latestByKind = new HashMap<>();
        Map<Long, LocalDate> repeatUntil = new HashMap<>();
        for (LocalDate day : days) {
            Ent e;
            String kind;
            Insp inspection = null;
            Opened earlier = random.nextInt(100) < 15 ? earlierWithin(opened, day) : null;
            if (earlier != null) {
                e = earlier.enterprise();
                kind = earlier.kind();
            } else {
                int k = random.nextInt(Texts.VIOLATIONS.length);
                kind = Texts.VIOLATIONS[k];
                if (random.nextInt(10) < 7 && !inspections.isEmpty()) {
                    inspection = nearest(inspections, day);
                    e = inspection.enterprise();
                    day = inspection.date();
                } else {
                    e = Dates.activeEnterprise(random, enterprises, day, true);
                }
            }
            String acting = inspection != null ? inspection.actingDepartment() : e.department();
            String user = Names.staffUser(acting, random.nextInt(6));
            LocalDateTime openedAt = at(day);
            CaseRows.Case c = rows.open(e, acting, inspection, kind, description(kind), day,
              day.plusDays(7 + random.nextInt(24)), openedAt, user);
            Opened previous = latestByKind.get(e.id() + "/" + kind);
            if (previous != null && !previous.day().isAfter(day)
              && ChronoUnit.DAYS.between(previous.day(), day) <= WINDOW) {
                LocalDate windowEnd = day.plusDays(WINDOW);
                rows.repeat(c, previous.id(), windowEnd, openedAt, user);
                repeatUntil.merge(e.id(), windowEnd, (a, b) -> a.isAfter(b) ? a : b);
                repeats++;
            }
            steps(rows, c, repeatUntil.get(e.id()));
            rows.finish(c);
            states.merge(c.state, 1, Integer::sum);
            Opened o = new Opened(c.id, e, kind, day);
            opened.add(o);
            latestByKind.put(e.id() + "/" + kind, o);
        }
    }

    /** Re-inspection, penalty, daily penalty and rectification, as far as each got before today. */
    private void steps(CaseRows rows, CaseRows.Case c, LocalDate repeatOffenderUntil) throws SQLException {
        LocalDate today = volume.today();
        if (random.nextInt(100) < 6) {
            return;
        }
        LocalDate reinspected = c.deadline.plusDays(random.nextInt(6));
        if (!reinspected.isBefore(today)) {
            return;
        }
        String inspector = Names.staffUser(c.acting, random.nextInt(6));
        boolean rectified = random.nextInt(100) < 70;
        rows.reinspect(c, reinspected, rectified, at(reinspected), inspector);
        if (rectified) {
            return;
        }
        LocalDate penalty = reinspected.plusDays(3 + random.nextInt(13));
        if (!penalty.isBefore(today) || random.nextInt(10) == 0) {
            return;
        }
        boolean aggravated = repeatOffenderUntil != null && !repeatOffenderUntil.isBefore(penalty);
        BigDecimal amount = BigDecimal.valueOf((5 + random.nextInt(96)) * 1000L).setScale(2);
        if (aggravated) {
            amount = amount.multiply(BigDecimal.valueOf(2));
        }
        String head = Names.staffUser(c.acting, 0);
        rows.penalise(c, amount, Names.pick(random, Texts.LEGAL_BASES), aggravated, at(penalty), head);
        if (random.nextInt(100) < 35) {
            LocalDate starts = penalty.plusDays(1 + random.nextInt(3));
            if (!starts.isBefore(today)) {
                return;
            }
            BigDecimal perDay = BigDecimal.valueOf((5 + random.nextInt(46)) * 100L).setScale(2);
            rows.dailyPenalty(c, perDay, starts, Names.pick(random, Texts.MEASURE_NOTES), at(starts.minusDays(1)),
              head);
            LocalDate stopped = starts.plusDays(5 + random.nextInt(56));
            if (random.nextInt(100) < 60 && stopped.isBefore(today)) {
                rows.rectified(c, stopped, at(stopped), inspector);
            }
        } else {
            LocalDate done = penalty.plusDays(3 + random.nextInt(28));
            if (random.nextInt(100) < 70 && done.isBefore(today)) {
                rows.rectified(c, done, at(done), inspector);
            }
        }
    }

    /** A case opened at most 365 days before the day, or null. */
    private Opened earlierWithin(List<Opened> opened, LocalDate day) {
        if (opened.isEmpty()) {
            return null;
        }
        Opened o = opened.get(random.nextInt(opened.size()));
        return ChronoUnit.DAYS.between(o.day(), day) <= WINDOW && o.day().isBefore(day) ? o : null;
    }

    /** A random inspection on or shortly before the day (cases follow inspections in time). */
    private Insp nearest(List<Insp> inspections, LocalDate day) {
        int lo = 0;
        int hi = inspections.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (inspections.get(mid).date().isAfter(day)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int index = Math.max(0, lo - 1 - random.nextInt(Math.max(1, Math.min(lo, 20))));
        return inspections.get(index);
    }

    private String description(String kind) {
        for (int i = 0; i < Texts.VIOLATIONS.length; i++) {
            if (Texts.VIOLATIONS[i].equals(kind)) {
                return "责令限期整改：" + Texts.VIOLATION_TEXTS[i];
            }
        }
        return "责令限期整改";
    }

    private LocalDateTime at(LocalDate day) {
        return Volume.utc(day.atTime(9 + random.nextInt(8), random.nextInt(60)));
    }

    String summary() {
        return String.format("states %s, %,d repeat offences", states, repeats);
    }
}
