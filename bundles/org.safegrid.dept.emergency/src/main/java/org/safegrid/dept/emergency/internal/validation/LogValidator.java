package org.safegrid.dept.emergency.internal.validation;

import java.time.LocalDateTime;
import java.util.function.LongPredicate;

import org.safegrid.dept.emergency.internal.dto.LogInput;
import org.safegrid.dept.emergency.internal.model.LogCategory;
import org.safegrid.dept.emergency.internal.model.LogData;

/**
 * Checks a duty log entry from a client. An entry records what has happened: its time may not lie in the future
 * (beyond {@value #CLOCK_SKEW_MINUTES} minutes of clock skew), and a shift it names must exist.
 */
public final class LogValidator {

    public static final int SUMMARY_MAX = 200;
    public static final int DETAILS_MAX = 4000;
    public static final int NAME_MAX = 50;
    public static final int CLOCK_SKEW_MINUTES = 5;

    private LogValidator() {
    }

    /**
     * The validated entry; throws a 422 {@code SafeGridException} listing every failing field.
     *
     * @param now the town's current local time
     * @param shiftExists tells whether a shift id exists
     */
    public static LogData validate(LogInput input, String language, LocalDateTime now, LongPredicate shiftExists) {
        LogInput in = input != null ? input : new LogInput(null, null, null, null, null, null);
        InputReader reader = new InputReader(language);
        var occurredAt = reader.dateTime("occurredAt", in.occurredAt());
        var category = reader.choice("category", in.category(), LogCategory.class);
        var summary = reader.line("summary", in.summary(), SUMMARY_MAX, true);
        var details = reader.multiline("details", in.details(), DETAILS_MAX, false);
        var reporter = reader.line("reporter", in.reporter(), NAME_MAX, false);
        Long shiftId = in.shiftId();

        if (occurredAt != null && occurredAt.isAfter(now.plusMinutes(CLOCK_SKEW_MINUTES))) {
            reader.fail("occurredAt", Message.IN_FUTURE, null);
        }
        if (shiftId != null && (shiftId <= 0 || !shiftExists.test(shiftId))) {
            reader.fail("shiftId", Message.NO_SUCH_SHIFT, shiftId);
        }
        reader.throwIfInvalid();
        return new LogData(occurredAt, category, summary, details, reporter, shiftId);
    }
}
