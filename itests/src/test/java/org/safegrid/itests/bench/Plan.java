package org.safegrid.itests.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

/**
 * Which periods each enterprise submitted, decided before anything is written, so that the submissions come to exactly
 * the number asked for and an inspection can store the compliance it saw. Each (enterprise, applicable template) pair
 * owes a run of periods (from the later of its registration and the template's first version, to today or the day it
 * stopped operating); it fills a share of them that follows its diligence, all shares scaled by one factor so that
 * the total comes out right.
 */
final class Plan {

    /** One enterprise and one template that applies to it: owed periods {@code lo..hi} of the cadence's list. */
    record Pair(Ent enterprise, Tpl template, List<Periods.Period> periods, int lo, int hi, BitSet submitted) {

        int owed() {
            return hi - lo + 1;
        }

        boolean isSubmitted(int index) {
            return index >= lo && index <= hi && submitted.get(index - lo);
        }
    }

    private final List<Pair> pairs;
    private final long owed;
    private final long submissions;

    private Plan(List<Pair> pairs, long owed, long submissions) {
        this.pairs = pairs;
        this.owed = owed;
        this.submissions = submissions;
    }

    static Plan make(Volume volume, List<Ent> enterprises, List<Tpl> templates, Periods periods) {
        Random random = new Random(volume.seed() ^ 0x504c414eL);
        List<Pair> pairs = new ArrayList<>();
        long owed = 0;
        for (Ent e : enterprises) {
            for (Tpl t : templates) {
                if (!t.appliesTo(e)) {
                    continue;
                }
                List<Periods.Period> list = periods.of(t.cadence());
                LocalDate from = max(max(e.registered(), t.firstDay()), volume.firstDay());
                int lo = Periods.firstEndingOnOrAfter(list, from);
                int hi = Periods.lastStartingBefore(list, e.activeUntil(volume.today()));
                if (hi >= lo) {
                    pairs.add(new Pair(e, t, list, lo, hi, new BitSet(hi - lo + 1)));
                    owed += hi - lo + 1;
                }
            }
        }
        double scale = scale(pairs, Math.min(volume.submissions(), owed));
        double cumulative = 0;
        long assigned = 0;
        for (Pair p : pairs) {
            cumulative += Math.min(1.0, scale * p.enterprise().diligence()) * p.owed();
            int k = (int) Math.min(p.owed(), Math.round(cumulative) - assigned);
            assigned += k;
            choose(random, p, k);
        }
        return new Plan(pairs, owed, assigned);
    }

    /** The factor on every enterprise's diligence that makes the expected total {@code target}. */
    private static double scale(List<Pair> pairs, long target) {
        double lo = 0;
        double hi = 1;
        while (expected(pairs, hi) < target && hi < 1e6) {
            hi *= 2;
        }
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (expected(pairs, mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    private static double expected(List<Pair> pairs, double scale) {
        double sum = 0;
        for (Pair p : pairs) {
            sum += Math.min(1.0, scale * p.enterprise().diligence()) * p.owed();
        }
        return sum;
    }

    /** Marks {@code k} of the pair's periods submitted, chosen at random (a partial Fisher-Yates shuffle). */
    private static void choose(Random random, Pair p, int k) {
        int n = p.owed();
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int swap = index[i];
            index[i] = index[j];
            index[j] = swap;
            p.submitted().set(index[i]);
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    List<Pair> pairs() {
        return pairs;
    }

    long owed() {
        return owed;
    }

    long submissions() {
        return submissions;
    }

    /** The answers the planned submissions will hold (each answers every item of its template's latest version). */
    long answers() {
        long sum = 0;
        for (Pair p : pairs) {
            List<Tpl.Version> versions = p.template().versions();
            sum += (long) p.submitted().cardinality() * versions.get(versions.size() - 1).items().size();
        }
        return sum;
    }
}
