package org.safegrid.dept.agriculture.internal.validation;

import java.time.LocalDate;

import org.safegrid.dept.agriculture.internal.dto.InspectionInput;
import org.safegrid.dept.agriculture.internal.model.InspectionData;

/**
 * Checks a flood-season inspection: it records what was done, so its day is not in the future nor more than a year
 * back, and an inspection that did not pass says what was found.
 */
public final class InspectionValidator {

    public static final int INSPECTOR_MAX = 50;
    public static final int FINDINGS_MAX = 2000;
    public static final int MAX_DAYS_BACK = 366;

    private InspectionValidator() {
    }

    /** The validated inspection; throws a 422 {@code SafeGridException} listing every failing field. */
    public static InspectionData validate(InspectionInput input, String language, LocalDate today) {
        InspectionInput in = input != null ? input : new InspectionInput(null, null, null, null);
        InputReader reader = new InputReader(language);
        var day = reader.date("inspectedOn", in.inspectedOn());
        var inspector = reader.line("inspector", in.inspector(), INSPECTOR_MAX, true);
        var passed = reader.yesNo("passed", in.passed());
        var findings = reader.multiline("findings", in.findings(), FINDINGS_MAX, false);
        if (day != null && day.isAfter(today)) {
            reader.fail("inspectedOn", Message.IN_FUTURE, null);
        } else if (day != null && day.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            reader.fail("inspectedOn", Message.TOO_OLD, today.minusDays(MAX_DAYS_BACK));
        }
        if (Boolean.FALSE.equals(passed) && findings == null) {
            reader.fail("findings", Message.FINDINGS_REQUIRED, null);
        }
        reader.throwIfInvalid();
        return new InspectionData(day, inspector, passed, findings);
    }
}
