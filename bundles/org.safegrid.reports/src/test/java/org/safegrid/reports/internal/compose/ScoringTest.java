package org.safegrid.reports.internal.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safegrid.api.report.CoreFigures;
import org.safegrid.api.report.FigureValue;

class ScoringTest {

    @Test
    void weighsTheCoreFigures() {
        // 40 × 8/10 = 32; 20 × 3/4 = 15; 20 × 3/(3+1) = 15; 20 × (1 − 0) = 20; − 5 × 1 = −5 → 77.0
        var values = Map.of(CoreFigures.SELF_INSPECTION_COMPLIANCE, FigureValue.rate(8, 10),
                CoreFigures.PLATE_COMPLETENESS, FigureValue.rate(3, 4), CoreFigures.HAZARDS_RECTIFIED,
                FigureValue.count(3), CoreFigures.HAZARDS_OVERDUE, FigureValue.count(1),
                CoreFigures.ZERO_ENFORCEMENT, FigureValue.flag(false), CoreFigures.MAJOR_OVERDUE,
                FigureValue.count(1));
        assertEquals(77.0, Scoring.score(values));
    }

    @Test
    void ratesOverNothingCountAsOneAndTheZeroFlagCostsTwenty() {
        // compliance 0/0 → 40; plates missing → 20; nothing rectified nor overdue → 20; zero flag set → 0 → 80
        var values = Map.of(CoreFigures.SELF_INSPECTION_COMPLIANCE, FigureValue.rate(0, 0),
                CoreFigures.ZERO_ENFORCEMENT, FigureValue.flag(true));
        assertEquals(80.0, Scoring.score(values));
        assertEquals(100.0, Scoring.score(Map.of()));
    }

    @Test
    void isFlooredAtZero() {
        // 0 + 0 + 20 × 0/(0+4) + 0 − 5 × 3 = −15 → 0
        var values = Map.of(CoreFigures.SELF_INSPECTION_COMPLIANCE, FigureValue.rate(0, 5),
                CoreFigures.PLATE_COMPLETENESS, FigureValue.rate(0, 3), CoreFigures.HAZARDS_OVERDUE,
                FigureValue.count(4), CoreFigures.ZERO_ENFORCEMENT, FigureValue.flag(true),
                CoreFigures.MAJOR_OVERDUE, FigureValue.count(3));
        assertEquals(0.0, Scoring.score(values));
    }

    @Test
    void roundsToOneDecimal() {
        // 40 × 2/3 = 26.666… + 20 + 20 + 20 = 86.666… → 86.7
        assertEquals(86.7, Scoring.score(Map.of(CoreFigures.SELF_INSPECTION_COMPLIANCE, FigureValue.rate(2, 3))));
        // 40 × 1/8 = 5 + 20 × 1/3 = 6.666… + 20 + 20 = 51.666… → 51.7
        assertEquals(51.7, Scoring.score(Map.of(CoreFigures.SELF_INSPECTION_COMPLIANCE, FigureValue.rate(1, 8),
                CoreFigures.PLATE_COMPLETENESS, FigureValue.rate(1, 3))));
    }
}
