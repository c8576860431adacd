package org.safegrid.reports.internal.rest;

import org.safegrid.api.report.ReportUnit.Kind;
import org.safegrid.api.security.DataScope;

/**
 * Who reads which report: the town report the committee office and administrators (scope "all"); a department's report
 * its staff ({@code dept-<id>}) too; a village's report its users ({@code village-<code>}) too. Archived reports follow
 * the same rule.
 */
final class Access {

    private Access() {
    }

    static void town(DataScope scope, boolean english) {
        if (!scope.all()) {
            throw Failures.forbidden(english, Failures.TOWN_ONLY);
        }
    }

    static void department(DataScope scope, String id, boolean english) {
        if (!scope.all() && !scope.departments().contains(id)) {
            throw Failures.forbidden(english, Failures.OTHER_DEPARTMENT);
        }
    }

    static void village(DataScope scope, String code, boolean english) {
        if (!scope.all() && !scope.villages().contains(code)) {
            throw Failures.forbidden(english, Failures.OTHER_VILLAGE);
        }
    }

    /** Whether the scope may read a report of this kind and unit. */
    static boolean reads(DataScope scope, Kind kind, String unit) {
        return switch (kind) {
            case TOWN -> scope.all();
            case DEPARTMENT -> scope.all() || scope.departments().contains(unit);
            case VILLAGE -> scope.all() || scope.villages().contains(unit);
        };
    }
}
