package org.safegrid.reports.internal.testing;

import static org.safegrid.api.report.CoreFigures.HAZARDS_OVERDUE;
import static org.safegrid.api.report.CoreFigures.HAZARDS_RECTIFIED;
import static org.safegrid.api.report.CoreFigures.INSPECTIONS;
import static org.safegrid.api.report.CoreFigures.MAJOR_OVERDUE;
import static org.safegrid.api.report.CoreFigures.PLATE_COMPLETENESS;
import static org.safegrid.api.report.CoreFigures.SELF_INSPECTION_COMPLIANCE;
import static org.safegrid.api.report.CoreFigures.ZERO_ENFORCEMENT;
import static org.safegrid.api.report.FigureValue.count;
import static org.safegrid.api.report.FigureValue.flag;
import static org.safegrid.api.report.FigureValue.rate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.report.CoreFigures;
import org.safegrid.api.report.FigureDefinition;
import org.safegrid.api.report.FigureSet;
import org.safegrid.api.report.FigureValue;
import org.safegrid.api.report.ReportFigureSource;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportSection;
import org.safegrid.api.report.ReportSectionContributor;
import org.safegrid.api.report.ReportTable;
import org.safegrid.api.report.ReportUnit;
import org.safegrid.api.report.SectionFigure;

/**
 * November 2026 by hand. Scores (see ScoringTest for the formula):
 * <ul>
 * <li>emergency: 40 × 18/20 + 20 × 4/4 + 20 × 4/4 + 20 − 0 = 36 + 20 + 20 + 20 = 96.0</li>
 * <li>economic: 40 × 7/10 + 20 × 2/2 + 20 × 1/2 + 20 − 0 = 28 + 20 + 10 + 20 = 78.0</li>
 * <li>planning: 40 × 5/10 + 20 × 2/4 + 20 × 1/2 + 0 − 5 = 20 + 10 + 10 + 0 − 5 = 35.0</li>
 * <li>v01: 40 × 15/20 + 20 × 3/5 + 20 × 2/4 + 20 − 5 = 30 + 12 + 10 + 20 − 5 = 67.0</li>
 * <li>v02: 40 × 1 (0/0) + 20 × 5/5 + 20 × 1 + 0 = 80.0</li>
 * </ul>
 */
public final class Sample {

    public static final String MONTH = "2026-11";
    public static final ReportUnit EMERGENCY = ReportUnit.department("emergency");
    public static final ReportUnit PLANNING = ReportUnit.department("planning");
    public static final ReportUnit ECONOMIC = ReportUnit.department("economic");
    public static final ReportUnit V01 = ReportUnit.village("v01");
    public static final ReportUnit V02 = ReportUnit.village("v02");

    public static final ReportTable EXPOSURE = new ReportTable(CoreFigures.EXPOSURE_TABLE,
            LocalizedText.of("逾期重大隐患", "Overdue major hazards"),
            List.of(LocalizedText.of("企业", "Enterprise"), LocalizedText.of("隐患", "Hazard"),
                    LocalizedText.of("责任部门", "Department")),
            List.of(List.of("白市驿加油站", "储罐区静电接地失效", "应急办")));

    private Sample() {
    }

    public static CoreSource core() {
        CoreSource source = new CoreSource();
        unit(source, ReportUnit.town(), 12, rate(30, 40), rate(8, 10), 6, 2, false, 1);
        unit(source, EMERGENCY, 7, rate(18, 20), rate(4, 4), 4, 0, false, 0);
        unit(source, ECONOMIC, 5, rate(7, 10), rate(2, 2), 1, 1, false, 0);
        unit(source, PLANNING, 0, rate(5, 10), rate(2, 4), 1, 1, true, 1);
        unit(source, V01, 4, rate(15, 20), rate(3, 5), 2, 2, false, 1);
        unit(source, V02, 0, rate(0, 0), rate(5, 5), 0, 0, true, 0);
        source.put("2026-10", ReportUnit.town(), INSPECTIONS, count(9));
        source.table(EXPOSURE);
        return source;
    }

    private static void unit(CoreSource source, ReportUnit unit, long inspections, FigureValue compliance,
            FigureValue plates, long rectified, long overdue, boolean zero, long majorOverdue) {
        source.put(MONTH, unit, INSPECTIONS, count(inspections))
                .put(MONTH, unit, SELF_INSPECTION_COMPLIANCE, compliance)
                .put(MONTH, unit, PLATE_COMPLETENESS, plates)
                .put(MONTH, unit, HAZARDS_RECTIFIED, count(rectified))
                .put(MONTH, unit, HAZARDS_OVERDUE, count(overdue))
                .put(MONTH, unit, ZERO_ENFORCEMENT, flag(zero))
                .put(MONTH, unit, MAJOR_OVERDUE, count(majorOverdue));
    }

    /** A second source: penalties (3 in town: 2 by emergency, 1 by planning). */
    public static ReportFigureSource penalties() {
        FigureDefinition definition = new FigureDefinition(CoreFigures.PENALTIES,
                LocalizedText.of("行政处罚", "Penalties"), FigureDefinition.Type.COUNT,
                FigureDefinition.Better.NEITHER, 15);
        return new ReportFigureSource() {
            @Override
            public List<FigureDefinition> figures() {
                return List.of(definition);
            }

            @Override
            public FigureSet compute(ReportRequest request) {
                if (!request.period().key().equals(MONTH)) {
                    return new FigureSet(Map.of(ReportUnit.town(), Map.of()), List.of());
                }
                return new FigureSet(Map.of(ReportUnit.town(), Map.of(CoreFigures.PENALTIES, count(3)), EMERGENCY,
                        Map.of(CoreFigures.PENALTIES, count(2)), PLANNING, Map.of(CoreFigures.PENALTIES, count(1))),
                        List.of());
            }
        };
    }

    /** A source that always fails. */
    public static ReportFigureSource broken() {
        return new ReportFigureSource() {
            @Override
            public List<FigureDefinition> figures() {
                return List.of(new FigureDefinition("broken", LocalizedText.of("坏", "Broken"),
                        FigureDefinition.Type.COUNT, FigureDefinition.Better.NEITHER, 1));
            }

            @Override
            public FigureSet compute(ReportRequest request) {
                throw new IllegalStateException("database gone");
            }
        };
    }

    /** The emergency office's section: one figure (duty days) and a table. */
    public static ReportSectionContributor emergencySection() {
        return request -> new ReportSection("emergency-duty", LocalizedText.of("值班值守", "Duty watch"),
                List.of(new SectionFigure("duty-days", LocalizedText.of("值班天数", "Days on duty"),
                        BigDecimal.valueOf(30), LocalizedText.of("天", "days"))),
                List.of(new ReportTable("incidents", LocalizedText.of("突发事件", "Incidents"),
                        List.of(LocalizedText.of("日期", "Date"), LocalizedText.of("事件", "Event")),
                        List.of(List.of("2026-11-03", "燃气泄漏处置")))));
    }

    public static ReportSectionContributor failingSection() {
        return request -> {
            throw new IllegalStateException("section broke");
        };
    }
}
