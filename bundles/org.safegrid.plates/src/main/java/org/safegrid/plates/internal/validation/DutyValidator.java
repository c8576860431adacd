package org.safegrid.plates.internal.validation;

import org.safegrid.plates.internal.dto.DutyInput;

/** Checks a duty standard from a client: the Chinese text required, the English one optional, each ≤ 2000. */
public final class DutyValidator {

    public static final int DUTY_MAX = 2000;

    /** A validated duty standard. */
    public record Text(String duty, String dutyEn) {
    }

    private DutyValidator() {
    }

    public static Text validate(DutyInput input, String language) {
        DutyInput in = input != null ? input : new DutyInput(null, null);
        InputReader reader = new InputReader(language);
        String duty = reader.multiline("duty", in.duty(), DUTY_MAX, true);
        String dutyEn = reader.multiline("dutyEn", in.dutyEn(), DUTY_MAX, false);
        reader.throwIfInvalid();
        return new Text(duty, dutyEn);
    }
}
