package org.safegrid.reports.internal.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Competition ranking (1, 1, 3) on the score, highest first; ties share a rank and are listed by code. */
public final class Ranking {

    /** A unit and its score. */
    public record Scored(String code, double score) {
    }

    /** A unit, its score and its rank. */
    public record Ranked(String code, double score, int rank) {
    }

    private Ranking() {
    }

    /** The units ranked, in display order: best first, ties by code. */
    public static List<Ranked> rank(List<Scored> units) {
        List<Scored> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::code));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Scored unit = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).score() == unit.score() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(unit.code(), unit.score(), rank));
        }
        return ranked;
    }

    /**
     * The units holding the worst rank: every tied unit. None when there are fewer than two units or all of them share
     * the first rank (nobody is behind anybody).
     */
    public static Set<String> last(List<Ranked> ranked) {
        Set<String> last = new TreeSet<>();
        if (ranked.size() < 2) {
            return last;
        }
        int worst = ranked.stream().mapToInt(Ranked::rank).max().orElse(1);
        if (worst == 1) {
            return last;
        }
        ranked.stream().filter(r -> r.rank() == worst).forEach(r -> last.add(r.code()));
        return last;
    }
}
