package org.safegrid.enforcement.internal.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.api.ZeroCheck;
import org.safegrid.enforcement.api.ZeroCheckLine;

/**
 * The zero-enforcement check (执法清零): every department and village, each with its inspections and cases in the
 * period, flagged when it has neither. The departments are the given ones (the town's six and any others known) plus
 * any that acted in the period; the villages the given ones plus any with actions. Only the lines the scope covers are
 * kept: all of them for the committee office and administrators, a department's own line, a village's own line.
 */
public final class ZeroChecks {

    private ZeroChecks() {
    }

    public static ZeroCheck of(LocalDate from, LocalDate to, List<Unit> departments, List<Unit> villages,
            Activity activity, DataScope scope) {
        List<ZeroCheckLine> departmentLines = lines(ZeroCheckLine.Unit.DEPARTMENT, departments,
                activity.inspectionsByDepartment(), activity.casesByDepartment(), scope.all()
                        ? null
                        : scope.departments());
        List<ZeroCheckLine> villageLines = lines(ZeroCheckLine.Unit.VILLAGE, villages,
                activity.inspectionsByVillage(), activity.casesByVillage(), scope.all() ? null : scope.villages());
        return new ZeroCheck(from, to, departmentLines, villageLines, zeros(departmentLines), zeros(villageLines));
    }

    /** @param visible the ids to keep, or null for all */
    private static List<ZeroCheckLine> lines(ZeroCheckLine.Unit kind, List<Unit> known, Map<String, Long> inspections,
            Map<String, Long> cases, Set<String> visible) {
        Map<String, Unit> units = new LinkedHashMap<>();
        known.forEach(u -> units.putIfAbsent(u.id(), u));
        Set<String> acted = new TreeSet<>(inspections.keySet());
        acted.addAll(cases.keySet());
        acted.forEach(id -> units.putIfAbsent(id, new Unit(id, id, null)));
        List<ZeroCheckLine> lines = new ArrayList<>();
        for (Unit unit : units.values()) {
            if (visible != null && !visible.contains(unit.id())) {
                continue;
            }
            long i = inspections.getOrDefault(unit.id(), 0L);
            long c = cases.getOrDefault(unit.id(), 0L);
            lines.add(new ZeroCheckLine(kind, unit.id(), unit.name(), unit.nameEn(), i, c, i + c == 0));
        }
        return lines;
    }

    private static int zeros(List<ZeroCheckLine> lines) {
        return (int) lines.stream().filter(ZeroCheckLine::zero).count();
    }
}
