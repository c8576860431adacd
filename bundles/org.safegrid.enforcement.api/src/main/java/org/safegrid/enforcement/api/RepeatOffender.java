package org.safegrid.enforcement.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A repeat offence (累犯): a case of the same violation kind as an earlier case of the same enterprise within the
 * repeat window. The enterprise counts as a repeat offender up to {@code windowEnd}.
 *
 * @param caseId the case that repeated the violation
 * @param earlierCaseId the earlier case it repeated
 * @param windowEnd the last day the flag raises the enterprise's inspection frequency and aggravates its penalties
 * @param active whether {@code windowEnd} is today or later
 */
public record RepeatOffender(long id, long enterpriseId, String enterpriseName, String department,
        String secondDepartment, String village, String violationKind, long caseId, long earlierCaseId,
        Instant flaggedAt, LocalDate windowEnd, boolean active) {
}
