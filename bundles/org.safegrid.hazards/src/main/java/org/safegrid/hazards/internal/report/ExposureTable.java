package org.safegrid.hazards.internal.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.report.CoreFigures;
import org.safegrid.api.report.ReportTable;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.validation.Labels;

/**
 * The exposure list (曝光): every major hazard overdue at the as-of day, most overdue first. Cells are text in Chinese,
 * the language the town files its reports in; enterprise and village names are Chinese anyway.
 */
final class ExposureTable {

    static final int MAX_ROWS = 200;
    static final int MAX_DESCRIPTION = 60;

    private static final List<LocalizedText> COLUMNS = List.of(LocalizedText.of("企业", "Enterprise"),
            LocalizedText.of("村社", "Village"), LocalizedText.of("监管部门", "Department"),
            LocalizedText.of("隐患", "Hazard"), LocalizedText.of("整改期限", "Deadline"),
            LocalizedText.of("逾期天数", "Days overdue"), LocalizedText.of("整改责任人", "Responsible"),
            LocalizedText.of("状态", "State"));

    /** The town's six departments (DOMAIN.md); another department shows by its id. */
    private static final Map<String, String> DEPARTMENTS = Map.of("emergency", "应急办", "planning", "规建办", "economic",
            "经发办", "culture", "文服中心", "agriculture", "农服中心", "citymgmt", "城管大队");

    private ExposureTable() {
    }

    /**
     * @param villages village names by code; a village not among them shows by its code
     * @param zone the town's time zone, for the day a hazard closed after the as-of day was closed on
     */
    static ReportTable of(List<ExposureRow> rows, LocalDate asOf, Map<String, String> villages, ZoneId zone) {
        List<List<String>> cells = rows.stream()
                .map(r -> List.of(r.enterprise(), villages.getOrDefault(r.village(), r.village()),
                        departments(r.department(), r.secondDepartment()), shorten(r.description()),
                        r.deadline().toString(), Long.toString(ChronoUnit.DAYS.between(r.deadline(), asOf)),
                        r.responsible() == null ? "—" : r.responsible(), state(r, zone)))
                .toList();
        return new ReportTable(CoreFigures.EXPOSURE_TABLE,
                LocalizedText.of("重大隐患逾期未整改曝光", "Major hazards overdue for rectification"), COLUMNS, cells);
    }

    static String shorten(String text) {
        String t = text.strip();
        return t.codePointCount(0, t.length()) <= MAX_DESCRIPTION
                ? t
                : t.substring(0, t.offsetByCodePoints(0, MAX_DESCRIPTION - 1)) + "…";
    }

    private static String departments(String first, String second) {
        String name = DEPARTMENTS.getOrDefault(first, first);
        return second == null || second.equals(first) ? name : name + "、" + DEPARTMENTS.getOrDefault(second, second);
    }

    /** The state now; a hazard closed after the as-of day says when. */
    private static String state(ExposureRow r, ZoneId zone) {
        String label = Labels.state(r.state(), false);
        if (r.state() == HazardState.CLOSED && r.closedAt() != null) {
            return label + "（" + r.closedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate() + "）";
        }
        return label;
    }
}
