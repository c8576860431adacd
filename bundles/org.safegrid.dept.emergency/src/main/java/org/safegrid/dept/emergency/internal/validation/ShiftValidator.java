package org.safegrid.dept.emergency.internal.validation;

import java.time.Duration;

import org.safegrid.dept.emergency.internal.dto.ShiftInput;
import org.safegrid.dept.emergency.internal.model.ShiftData;
import org.safegrid.dept.emergency.internal.model.ShiftKind;

/**
 * Checks a shift from a client. A shift belongs to the day it starts on (a night shift of the 28th runs from the 28th
 * into the 29th), ends after it starts and lasts at most {@value #MAX_HOURS} hours.
 */
public final class ShiftValidator {

    public static final int NAME_MAX = 50;
    public static final int NOTE_MAX = 500;
    public static final int MAX_HOURS = 48;

    private ShiftValidator() {
    }

    /** The validated shift; throws a 422 {@code SafeGridException} listing every failing field. */
    public static ShiftData validate(ShiftInput input, String language) {
        ShiftInput in = input != null ? input : new ShiftInput(null, null, null, null, null, null, null, null, null);
        InputReader reader = new InputReader(language);
        var date = reader.date("date", in.date());
        var kind = reader.choice("kind", in.kind(), ShiftKind.class);
        var startAt = reader.dateTime("startAt", in.startAt());
        var endAt = reader.dateTime("endAt", in.endAt());
        var leader = reader.line("leader", in.leader(), NAME_MAX, true);
        var leaderPhone = reader.phone("leaderPhone", in.leaderPhone(), true);
        var officer = reader.line("officer", in.officer(), NAME_MAX, true);
        var officerPhone = reader.phone("officerPhone", in.officerPhone(), true);
        var note = reader.multiline("note", in.note(), NOTE_MAX, false);

        if (date != null && startAt != null && !startAt.toLocalDate().equals(date)) {
            reader.fail("startAt", Message.START_NOT_ON_DATE, null);
        }
        if (startAt != null && endAt != null) {
            if (!endAt.isAfter(startAt)) {
                reader.fail("endAt", Message.END_NOT_AFTER_START, null);
            } else if (Duration.between(startAt, endAt).compareTo(Duration.ofHours(MAX_HOURS)) > 0) {
                reader.fail("endAt", Message.SHIFT_TOO_LONG, MAX_HOURS);
            }
        }
        reader.throwIfInvalid();
        return new ShiftData(date, kind, startAt, endAt, leader, leaderPhone, officer, officerPhone, note);
    }
}
