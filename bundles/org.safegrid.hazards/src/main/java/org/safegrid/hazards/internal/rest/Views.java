package org.safegrid.hazards.internal.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safegrid.api.security.DataScope;
import org.safegrid.hazards.api.Hazard;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.dto.HazardDetail;
import org.safegrid.hazards.internal.dto.HazardView;
import org.safegrid.hazards.internal.dto.StatsView;
import org.safegrid.hazards.internal.lifecycle.VerificationRules;
import org.safegrid.hazards.internal.model.HazardRecord;
import org.safegrid.hazards.internal.model.HazardStats;
import org.safegrid.hazards.internal.model.TimelineEntry;
import org.safegrid.hazards.internal.validation.FiveFixesRule;
import org.safegrid.hazards.internal.validation.FixField;

/** Turns hazards into what the REST API answers. */
final class Views {

    private Views() {
    }

    /**
     * A board row. What the caller may do is worked out from the enterprise columns copied into the hazard (no registry
     * call per row); the detail asks the registry.
     */
    static HazardView row(HazardRecord record, DataScope scope, String user) {
        Hazard h = record.hazard();
        boolean editable = scope.edits(h.department(), record.secondDepartment());
        boolean mayVerify = h.state() == HazardState.AWAITING_VERIFICATION && VerificationRules.mayVerify(scope,
                h.department(), record.secondDepartment(), h.reportedBy(), user);
        return new HazardView(h.id(), h.enterpriseId(), h.enterpriseName(), h.department(), record.secondDepartment(),
                h.village(), h.source(), h.sourceRef(), h.description(), h.level(), h.state(), h.deadline(),
                h.fiveFixes(), h.overdue(), h.reportedBy(), h.reportedAt(), h.verifiedBy(), h.verifiedAt(),
                h.closedAt(), h.version(), editable, mayVerify);
    }

    static HazardDetail detail(HazardRecord record, boolean editable, boolean mayVerify,
            List<TimelineEntry> timeline) {
        Hazard h = record.hazard();
        List<String> missing = h.level() == HazardLevel.MAJOR
                ? FiveFixesRule.missing(h.fiveFixes()).stream().map(FixField::field).toList()
                : List.of();
        return new HazardDetail(h.id(), h.enterpriseId(), h.enterpriseName(), h.department(),
                record.secondDepartment(), h.village(), h.source(), h.sourceRef(), h.description(), h.level(),
                h.state(), h.deadline(), h.fiveFixes(), h.overdue(), h.reportedBy(), h.reportedAt(), h.verifiedBy(),
                h.verifiedAt(), h.closedAt(), h.version(), editable, mayVerify, missing, timeline);
    }

    static StatsView stats(HazardStats s) {
        return new StatsView(s.total(), s.open(), s.overdue(), names(s.byState()), names(s.byLevel()),
                names(s.openByLevel()));
    }

    private static <E extends Enum<E>> Map<String, Long> names(Map<E, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((k, v) -> named.put(k.name(), v));
        return named;
    }
}
