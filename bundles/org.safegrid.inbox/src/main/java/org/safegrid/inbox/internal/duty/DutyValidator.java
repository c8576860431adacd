package org.safegrid.inbox.internal.duty;

import org.safegrid.checklists.api.Period;
import org.safegrid.inbox.internal.validation.Failures;
import org.safegrid.inbox.internal.validation.InputReader;
import org.safegrid.inbox.internal.validation.Messages;

/**
 * Checks the fields of a duty entry: a known kind, a period key written for the kind's cadence and naming a real
 * period, and a note (required for an entry made by hand, at most {@value #NOTE_MAX} characters). Whether the caller
 * owes the kind and whether the period may be recorded now are {@link DutyService}'s checks.
 */
public final class DutyValidator {

    public static final int NOTE_MAX = 2000;
    static final int KEY_MAX = 10;

    private DutyValidator() {
    }

    /** The checked entry; a 422 {@code validation_failed} naming every failing field otherwise. */
    public static ValidDuty validate(DutyInput input, boolean english) {
        DutyInput in = input != null ? input : new DutyInput(null, null, null);
        InputReader reader = new InputReader(english);
        DutyKind kind = reader.choice("kind", in.kind(), DutyKind.class);
        String key = reader.word("periodKey", in.periodKey(), 40);
        String note = reader.multiline("note", in.note(), NOTE_MAX, true);
        Period period = null;
        if (kind != null && key != null) {
            period = DutyPeriods.parse(kind.cadence(), key).orElse(null);
            if (period == null) {
                reader.fail("periodKey", Messages.BAD_PERIOD_KEY, kind.name(), DutyPeriods.example(kind.cadence()),
                        Failures.cut(key));
            }
        }
        reader.throwIfInvalid();
        return new ValidDuty(kind, period, note);
    }
}
