package org.safegrid.reports.internal.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.reports.internal.compose.Ranking.Ranked;
import org.safegrid.reports.internal.compose.Ranking.Scored;

class RankingTest {

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        List<Ranked> ranked = Ranking.rank(List.of(new Scored("b", 80), new Scored("a", 80), new Scored("c", 70),
                new Scored("d", 90)));
        assertEquals(List.of(new Ranked("d", 90, 1), new Ranked("a", 80, 2), new Ranked("b", 80, 2),
                new Ranked("c", 70, 4)), ranked);
        assertEquals(Set.of("c"), Ranking.last(ranked));
    }

    @Test
    void everyUnitTiedAtTheBottomIsLast() {
        List<Ranked> ranked = Ranking.rank(List.of(new Scored("b", 50), new Scored("c", 90), new Scored("a", 50)));
        assertEquals(List.of(new Ranked("c", 90, 1), new Ranked("a", 50, 2), new Ranked("b", 50, 2)), ranked);
        assertEquals(Set.of("a", "b"), Ranking.last(ranked));
    }

    @Test
    void nobodyIsLastWhenAllAreEqualOrAlone() {
        assertTrue(Ranking.last(Ranking.rank(List.of(new Scored("a", 80), new Scored("b", 80)))).isEmpty());
        assertTrue(Ranking.last(Ranking.rank(List.of(new Scored("a", 10)))).isEmpty());
        assertTrue(Ranking.last(Ranking.rank(List.of())).isEmpty());
    }
}
