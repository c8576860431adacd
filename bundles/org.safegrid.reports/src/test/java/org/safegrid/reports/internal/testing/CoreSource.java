package org.safegrid.reports.internal.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.report.CoreFigures;
import org.safegrid.api.report.FigureDefinition;
import org.safegrid.api.report.FigureDefinition.Better;
import org.safegrid.api.report.FigureDefinition.Type;
import org.safegrid.api.report.FigureSet;
import org.safegrid.api.report.FigureValue;
import org.safegrid.api.report.ReportFigureSource;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportTable;
import org.safegrid.api.report.ReportUnit;

/**
 * A figure source of hand-made values: per period key, per unit, per figure. Defines the core figures the score reads
 * (compliance, plates, rectified, overdue, zero-enforcement, major overdue) and inspections.
 */
public final class CoreSource implements ReportFigureSource {

    public static final List<FigureDefinition> FIGURES = List.of(
            new FigureDefinition(CoreFigures.INSPECTIONS, LocalizedText.of("检查次数", "Inspections"), Type.COUNT,
                    Better.HIGHER, 10),
            new FigureDefinition(CoreFigures.SELF_INSPECTION_COMPLIANCE, LocalizedText.of("企业自查合规率",
                    "Self-inspection compliance"), Type.RATE, Better.HIGHER, 20),
            new FigureDefinition(CoreFigures.PLATE_COMPLETENESS, LocalizedText.of("挂牌完整率", "Plate completeness"),
                    Type.RATE, Better.HIGHER, 30),
            new FigureDefinition(CoreFigures.HAZARDS_RECTIFIED, LocalizedText.of("隐患已整改", "Hazards rectified"),
                    Type.COUNT, Better.HIGHER, 40),
            new FigureDefinition(CoreFigures.HAZARDS_OVERDUE, LocalizedText.of("隐患逾期", "Hazards overdue"),
                    Type.COUNT, Better.LOWER, 50),
            new FigureDefinition(CoreFigures.ZERO_ENFORCEMENT, LocalizedText.of("执法清零", "Zero enforcement"),
                    Type.FLAG, Better.LOWER, 60),
            new FigureDefinition(CoreFigures.MAJOR_OVERDUE, LocalizedText.of("重大隐患逾期", "Major hazards overdue"),
                    Type.COUNT, Better.LOWER, 70));

    private final Map<String, Map<ReportUnit, Map<String, FigureValue>>> byPeriod = new HashMap<>();
    private final List<ReportTable> tables = new ArrayList<>();
    public final AtomicInteger calls = new AtomicInteger();
    public final List<ReportRequest> requests = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Sets a value for a period key (or "*" for every period). */
    public CoreSource put(String period, ReportUnit unit, String code, FigureValue value) {
        byPeriod.computeIfAbsent(period, p -> new HashMap<>()).computeIfAbsent(unit, u -> new HashMap<>())
                .put(code, value);
        return this;
    }

    public CoreSource table(ReportTable table) {
        tables.add(table);
        return this;
    }

    @Override
    public List<FigureDefinition> figures() {
        return FIGURES;
    }

    @Override
    public FigureSet compute(ReportRequest request) {
        calls.incrementAndGet();
        requests.add(request);
        Map<ReportUnit, Map<String, FigureValue>> values = new HashMap<>();
        for (String key : List.of("*", request.period().key())) {
            byPeriod.getOrDefault(key, Map.of()).forEach((unit, map) -> values
                    .computeIfAbsent(unit, u -> new HashMap<>()).putAll(map));
        }
        values.putIfAbsent(ReportUnit.town(), Map.of());
        return new FigureSet(values, tables);
    }
}
