package org.safegrid.hazards.internal.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.safegrid.hazards.api.FiveFixes;

/**
 * The five fixes (五落实) of a major hazard: all five or none. Given ones must be complete, the funds zero or more
 * (DECIMAL(14,2)), the deadline today or later.
 */
public final class FiveFixesRule {

    public static final int PERSON_MAX = 100;
    public static final int TEXT_MAX = 1000;
    static final int FUNDS_INTEGER_DIGITS = 12;
    static final int FUNDS_SCALE = 2;

    private FiveFixesRule() {
    }

    /** The fixes not recorded, in their order; all five for null. */
    public static List<FixField> missing(FiveFixes fixes) {
        List<FixField> missing = new ArrayList<>();
        if (fixes == null || blank(fixes.responsiblePerson())) {
            missing.add(FixField.RESPONSIBLE_PERSON);
        }
        if (fixes == null || blank(fixes.measures())) {
            missing.add(FixField.MEASURES);
        }
        if (fixes == null || fixes.funds() == null) {
            missing.add(FixField.FUNDS);
        }
        if (fixes == null || fixes.deadline() == null) {
            missing.add(FixField.DEADLINE);
        }
        if (fixes == null || blank(fixes.contingencyPlan())) {
            missing.add(FixField.CONTINGENCY_PLAN);
        }
        return missing;
    }

    /** The fixes' names for a message: {@code 资金、预案} or {@code funds, contingency plan}. */
    public static String names(List<FixField> fixes, boolean english) {
        return fixes.stream().map(f -> f.label(english)).collect(Collectors.joining(english ? ", " : "、"));
    }

    /**
     * Checks given fixes into {@code reader}, naming each missing one under {@code prefix + field}.
     *
     * @param prefix {@code ""} for a body that is the fixes, {@code "fiveFixes."} for fixes within a report
     * @return the fixes trimmed, or null when any of them failed
     */
    public static FiveFixes check(FiveFixes fixes, String prefix, LocalDate today, FieldReader reader) {
        FiveFixes given = fixes == null ? new FiveFixes(null, null, null, null, null) : fixes;
        String person = reader.line(prefix + FixField.RESPONSIBLE_PERSON.field(), given.responsiblePerson(),
                PERSON_MAX, false);
        String measures = reader.text(prefix + FixField.MEASURES.field(), given.measures(), TEXT_MAX, false);
        String plan = reader.text(prefix + FixField.CONTINGENCY_PLAN.field(), given.contingencyPlan(), TEXT_MAX,
                false);
        BigDecimal funds = funds(prefix + FixField.FUNDS.field(), given.funds(), reader);
        LocalDate deadline = given.deadline();
        if (deadline != null && deadline.isBefore(today)) {
            reader.fail(prefix + FixField.DEADLINE.field(), Message.DEADLINE_PAST, today);
        }
        FiveFixes trimmed = new FiveFixes(person, measures, funds, deadline, plan);
        for (FixField fix : missing(trimmed)) {
            reader.missingFix(prefix, fix);
        }
        for (FixField fix : FixField.values()) {
            if (reader.failed(prefix + fix.field())) {
                return null;
            }
        }
        return trimmed;
    }

    private static BigDecimal funds(String field, BigDecimal funds, FieldReader reader) {
        if (funds == null) {
            return null;
        }
        if (funds.signum() < 0) {
            return reader.fail(field, Message.FUNDS_NEGATIVE);
        }
        BigDecimal stripped = funds.stripTrailingZeros();
        if (stripped.scale() > FUNDS_SCALE || stripped.precision() - stripped.scale() > FUNDS_INTEGER_DIGITS) {
            return reader.fail(field, Message.FUNDS_TOO_LARGE);
        }
        return funds.setScale(FUNDS_SCALE);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
