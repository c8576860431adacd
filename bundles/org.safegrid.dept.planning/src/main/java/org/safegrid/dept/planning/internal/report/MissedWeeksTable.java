package org.safegrid.dept.planning.internal.report;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.report.ReportTable;
import org.safegrid.dept.planning.internal.rules.RuleMemory;

/** The sites that missed weekly self-inspections in the period: most weeks first, then by name in pinyin order. */
final class MissedWeeksTable {

    static final String CODE = "planning-missed-weeks";

    private MissedWeeksTable() {
    }

    static ReportTable of(List<RuleMemory.Missed> missed) {
        Map<Long, List<RuleMemory.Missed>> bySite = new LinkedHashMap<>();
        for (RuleMemory.Missed m : missed) {
            bySite.computeIfAbsent(m.site().enterpriseId(), k -> new ArrayList<>()).add(m);
        }
        List<List<RuleMemory.Missed>> sites = new ArrayList<>(bySite.values());
        sites.sort(Comparator.<List<RuleMemory.Missed>>comparingInt(l -> -l.size())
                .thenComparing(l -> l.get(0).site().name(), Collator.getInstance(Locale.CHINA)));
        List<List<String>> rows = sites.stream().map(l -> {
            RuleMemory.Missed last = l.get(l.size() - 1);
            String village = last.site().village() == null ? "" : last.site().village();
            return List.of(last.site().name(), village, String.valueOf(l.size()), last.periodKey());
        }).toList();
        return new ReportTable(CODE, LocalizedText.of("每周自查缺报工地", "Sites that missed weekly self-inspections"),
                List.of(LocalizedText.of("工地", "Site"), LocalizedText.of("村（社区）", "Village"),
                        LocalizedText.of("缺报周数", "Weeks missed"), LocalizedText.of("最近缺报", "Last missed")),
                rows);
    }
}
