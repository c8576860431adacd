package org.safegrid.hazards.internal.validation;

import java.time.LocalDate;

import org.safegrid.hazards.api.FiveFixes;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardSource;
import org.safegrid.hazards.api.NewHazard;

/**
 * The rules for a hazard to report: a description and a level; a deadline, if given, today or later; a general hazard
 * needs a deadline and has no five fixes; a major one may come without its five fixes (recorded later), but given
 * fixes must be complete, and its deadline is the fixes' deadline when it has none of its own.
 */
public final class HazardRule {

    public static final int DESCRIPTION_MAX = 1000;
    public static final int SOURCE_REF_MAX = 200;
    static final String FIXES_PREFIX = "fiveFixes.";

    private HazardRule() {
    }

    /**
     * Checks a hazard into {@code reader} (which may already hold the REST body's format errors).
     *
     * @return the hazard trimmed and completed (source {@code OTHER} when absent, the deadline from the fixes), or
     *         null when anything failed
     */
    public static NewHazard check(NewHazard hazard, LocalDate today, FieldReader reader) {
        if (hazard == null) {
            reader.required("enterpriseId", null);
            reader.required("description", null);
            reader.required("level", null);
            return null;
        }
        if (hazard.enterpriseId() <= 0 && !reader.failed("enterpriseId")) {
            reader.fail("enterpriseId", hazard.enterpriseId() == 0 ? Message.REQUIRED : Message.BAD_ID);
        }
        HazardSource source = hazard.source() == null ? HazardSource.OTHER : hazard.source();
        String sourceRef = reader.line("sourceRef", hazard.sourceRef(), SOURCE_REF_MAX, false);
        String description = reader.text("description", hazard.description(), DESCRIPTION_MAX, true);
        HazardLevel level = reader.required("level", hazard.level());
        LocalDate deadline = hazard.deadline();
        if (deadline != null && deadline.isBefore(today)) {
            reader.fail("deadline", Message.DEADLINE_PAST, today);
        }
        FiveFixes fixes = null;
        if (level == HazardLevel.GENERAL) {
            if (deadline == null) {
                reader.fail("deadline", Message.DEADLINE_REQUIRED);
            }
            if (hazard.fiveFixes() != null) {
                reader.fail("fiveFixes", Message.FIXES_NOT_MAJOR);
            }
        } else if (level == HazardLevel.MAJOR && hazard.fiveFixes() != null) {
            fixes = FiveFixesRule.check(hazard.fiveFixes(), FIXES_PREFIX, today, reader);
            if (fixes != null && deadline != null && !deadline.equals(fixes.deadline())) {
                reader.fail("deadline", Message.DEADLINES_DIFFER, fixes.deadline());
            }
            if (fixes != null && deadline == null) {
                deadline = fixes.deadline();
            }
        }
        if (!reader.ok()) {
            return null;
        }
        return new NewHazard(hazard.enterpriseId(), source, sourceRef, description, level, deadline, fixes);
    }
}
