package org.safegrid.plates.internal.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.LongPredicate;

import org.safegrid.plates.internal.dto.AppraisalInput;
import org.safegrid.plates.internal.model.AppraisalData;
import org.safegrid.plates.internal.model.AppraisalResult;
import org.safegrid.plates.internal.model.FollowUp;

/**
 * Checks an appraisal from a client: a person on the plate, a period that has begun, a whole score from 0 to 100, a
 * result and a follow-up. Without a follow-up, a failed result is followed by accountability (追责问责) and any other
 * by nothing; a failed result is never followed by a reward.
 */
public final class AppraisalValidator {

    public static final int NOTE_MAX = 500;
    public static final int SCORE_MAX = 100;

    private AppraisalValidator() {
    }

    /**
     * The validated appraisal; throws a 422 {@code SafeGridException} listing every failing field.
     *
     * @param today the town's current date
     * @param onPlate tells whether a person id is a person on this plate
     */
    public static AppraisalData validate(AppraisalInput input, LocalDate today, LongPredicate onPlate,
            String language) {
        AppraisalInput in = input != null ? input : new AppraisalInput(null, null, null, null, null, null);
        InputReader reader = new InputReader(language);

        long personId = 0;
        if (in.personId() == null) {
            reader.fail("personId", Message.REQUIRED, null);
        } else if (in.personId() <= 0 || !onPlate.test(in.personId())) {
            reader.fail("personId", Message.NOT_ON_PLATE, null);
        } else {
            personId = in.personId();
        }

        String period = reader.line("period", in.period(), 7, true);
        if (period != null && !reader.failed("period")) {
            LocalDate start = Periods.start(period);
            if (start == null) {
                reader.fail("period", Message.BAD_PERIOD, null);
            } else if (start.isAfter(today)) {
                reader.fail("period", Message.PERIOD_IN_FUTURE, null);
            }
        }

        int score = score(reader, in.score());
        AppraisalResult result = reader.choice("result", in.result(), AppraisalResult.class, true);
        FollowUp followUp = reader.choice("followUp", in.followUp(), FollowUp.class, false);
        if (followUp == null && result != null && !reader.failed("followUp")) {
            followUp = result == AppraisalResult.FAILED ? FollowUp.ACCOUNTABILITY : FollowUp.NONE;
        }
        if (result == AppraisalResult.FAILED && followUp == FollowUp.REWARD) {
            reader.fail("followUp", Message.REWARD_FOR_FAILED, null);
        }
        String note = reader.multiline("note", in.note(), NOTE_MAX, false);
        reader.throwIfInvalid();
        return new AppraisalData(personId, period, score, result, followUp, note);
    }

    private static int score(InputReader reader, BigDecimal score) {
        if (score == null) {
            reader.fail("score", Message.REQUIRED, null);
            return -1;
        }
        // the range first: a huge exponent would make an exact conversion slow
        if (score.signum() >= 0 && score.compareTo(BigDecimal.valueOf(SCORE_MAX)) <= 0) {
            try {
                return score.intValueExact();
            } catch (ArithmeticException e) {
                // not a whole number: reported below
            }
        }
        reader.fail("score", Message.BAD_SCORE, null);
        return -1;
    }
}
