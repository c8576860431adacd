package org.safegrid.enforcement.internal.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safegrid.api.report.FigureSet;
import org.safegrid.api.report.FigureValue;
import org.safegrid.api.report.ReportTable;
import org.safegrid.api.report.ReportUnit;

/** Adds up counts per unit and figure; the town is always present. */
final class Tally {

    private final Map<ReportUnit, Map<String, Long>> counts = new HashMap<>();

    Tally() {
        counts.put(ReportUnit.town(), new HashMap<>());
    }

    void add(ReportUnit unit, String code, long n) {
        counts.computeIfAbsent(unit, u -> new HashMap<>()).merge(code, n, Long::sum);
    }

    long get(ReportUnit unit, String code) {
        return counts.getOrDefault(unit, Map.of()).getOrDefault(code, 0L);
    }

    void flag(ReportUnit unit, String code, boolean set) {
        counts.computeIfAbsent(unit, u -> new HashMap<>()).put(code, set ? 1L : 0L);
    }

    FigureSet toSet(List<ReportTable> tables) {
        Map<ReportUnit, Map<String, FigureValue>> values = new HashMap<>();
        counts.forEach((unit, byCode) -> {
            Map<String, FigureValue> v = new HashMap<>();
            byCode.forEach((code, n) -> v.put(code, FigureValue.count(n)));
            values.put(unit, v);
        });
        return new FigureSet(values, tables);
    }
}
