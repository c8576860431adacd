package org.safegrid.enforcement.internal.validation;

import java.time.LocalDate;

import org.safegrid.enforcement.api.NewCase;
import org.safegrid.enforcement.internal.dto.CaseInput;
import org.safegrid.enforcement.internal.dto.PenaltyInput;
import org.safegrid.enforcement.internal.dto.RectifiedInput;
import org.safegrid.enforcement.internal.dto.RefusalInput;
import org.safegrid.enforcement.internal.dto.ReinspectionInput;
import org.safegrid.enforcement.internal.model.Steps;
import org.safegrid.enforcement.internal.model.ViolationKinds;

/**
 * Checks each step of a case from a client. Failures go to the reader; the caller adds what needs the database and
 * throws. A penalty or daily penalty without its legal basis fails with {@code legal_basis_missing}
 * ({@link InputReader#throwIfInvalidPenalty()}).
 */
public final class CaseValidator {

    private CaseValidator() {
    }

    /** Step 1: an enterprise, a violation kind (normalised), a description, a deadline from today. */
    public static NewCase order(CaseInput input, LocalDate today, InputReader reader) {
        CaseInput in = input != null ? input : new CaseInput(null, null, null, null, null);
        Long enterpriseId = reader.id("enterpriseId", in.enterpriseId(), true);
        Long inspectionId = reader.id("inspectionId", in.inspectionId(), false);
        String kind = ViolationKinds
                .normalise(reader.line("violationKind", in.violationKind(), Limits.VIOLATION_KIND_MAX, true));
        String description = reader.multiline("description", in.description(), Limits.DESCRIPTION_MAX, true);
        LocalDate deadline = Dates.ahead("deadline", in.deadline(), today, today, Message.DEADLINE_IN_PAST, reader);
        return new NewCase(enterpriseId == null ? 0 : enterpriseId, inspectionId, kind, description, deadline);
    }

    /** Step 2: a day from the order to today, the result, a note. */
    public static Steps.Reinspect reinspection(ReinspectionInput input, LocalDate today, LocalDate ordered,
            InputReader reader) {
        ReinspectionInput in = input != null ? input : new ReinspectionInput(null, null, null);
        LocalDate date = Dates.past("date", in.date(), today, ordered, reader);
        Boolean rectified = reader.flag("rectified", in.rectified());
        String note = reader.multiline("note", in.note(), Limits.NOTE_MAX, false);
        return new Steps.Reinspect(date, Boolean.TRUE.equals(rectified), note);
    }

    /** Step 3: an amount, its legal basis, a note. */
    public static Steps.Penalise penalty(PenaltyInput input, InputReader reader) {
        PenaltyInput in = input != null ? input : new PenaltyInput(null, null, null);
        return new Steps.Penalise(reader.amount("amount", in.amount(), true),
                reader.multiline("legalBasis", in.legalBasis(), Limits.LEGAL_BASIS_MAX, true),
                reader.multiline("note", in.note(), Limits.NOTE_MAX, false));
    }

    /**
     * The refusal: an amount per day, its legal basis, a first day from the penalty decision to a year ahead.
     *
     * @param penalised the town's date of the penalty decision
     */
    public static Steps.StartDaily refusal(RefusalInput input, LocalDate today, LocalDate penalised,
            InputReader reader) {
        RefusalInput in = input != null ? input : new RefusalInput(null, null, null, null);
        return new Steps.StartDaily(reader.amount("dailyAmount", in.dailyAmount(), true),
                reader.multiline("legalBasis", in.legalBasis(), Limits.LEGAL_BASIS_MAX, true),
                Dates.ahead("startsOn", in.startsOn(), today, penalised, Message.DATE_TOO_EARLY, reader),
                reader.multiline("note", in.note(), Limits.NOTE_MAX, false));
    }

    /**
     * Rectified: a day from the re-inspection to today.
     *
     * @param reinspected the day of the re-inspection that found it not rectified
     */
    public static Steps.Rectify rectified(RectifiedInput input, LocalDate today, LocalDate reinspected,
            InputReader reader) {
        RectifiedInput in = input != null ? input : new RectifiedInput(null, null);
        return new Steps.Rectify(Dates.past("date", in.date(), today, reinspected, reader),
                reader.multiline("note", in.note(), Limits.NOTE_MAX, false));
    }
}
