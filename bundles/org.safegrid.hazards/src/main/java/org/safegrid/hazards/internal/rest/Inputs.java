package org.safegrid.hazards.internal.rest;

import org.safegrid.hazards.api.FiveFixes;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardSource;
import org.safegrid.hazards.api.NewHazard;
import org.safegrid.hazards.internal.dto.FixesInput;
import org.safegrid.hazards.internal.dto.HazardInput;
import org.safegrid.hazards.internal.validation.FieldReader;
import org.safegrid.hazards.internal.validation.Message;

/**
 * Turns request bodies into the service's types, putting format errors (a date that is no date, an amount that is no
 * number) into the reader; the service's rules then add theirs to the same reader, so one 422 lists everything.
 */
final class Inputs {

    static final String FIXES_PREFIX = "fiveFixes.";

    private Inputs() {
    }

    static NewHazard hazard(HazardInput in, FieldReader reader) {
        if (in == null) {
            return null;
        }
        Long enterpriseId = reader.id("enterpriseId", in.enterpriseId());
        HazardSource source = reader.choice("source", in.source(), HazardSource.class);
        HazardLevel level = reader.choice("level", in.level(), HazardLevel.class);
        FiveFixes fixes = in.fiveFixes() == null ? null : fixes(in.fiveFixes(), FIXES_PREFIX, reader);
        return new NewHazard(enterpriseId == null ? 0 : enterpriseId, source, in.sourceRef(), in.description(), level,
                reader.date("deadline", in.deadline()), fixes);
    }

    /** The fixes of a body; absent fields stay null for the rules to name as missing. */
    static FiveFixes fixes(FixesInput in, String prefix, FieldReader reader) {
        if (in == null) {
            return new FiveFixes(null, null, null, null, null);
        }
        return new FiveFixes(in.responsiblePerson(), in.measures(), reader.amount(prefix + "funds", in.funds()),
                reader.date(prefix + "deadline", in.deadline()), in.contingencyPlan());
    }

    static Long version(Long version, FieldReader reader) {
        if (version != null && version < 0) {
            reader.fail("version", Message.BAD_VERSION);
        }
        return version;
    }
}
