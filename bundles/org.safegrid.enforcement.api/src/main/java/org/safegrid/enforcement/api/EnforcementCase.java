package org.safegrid.enforcement.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A closed-loop enforcement case (三部曲闭环执法) as stored, with the daily penalty's accrual worked out as of the day
 * it was read. The enterprise's name, departments and village are those of the last step.
 *
 * @param actingDepartment the department the case counts for in the zero-enforcement check
 * @param inspectionId the inspection that found the violation, or null
 * @param violationKind the kind of violation, a normalised code such as {@code fire-exit-blocked}; the same kind
 *            again within the repeat window makes the enterprise a repeat offender
 * @param deadline the rectification deadline of the order
 * @param overdue whether the order is still open past its deadline
 * @param aggravated whether the case repeats an earlier violation, or its penalty was decided against a repeat
 *            offender (从重)
 * @param repeatOfCaseId the earlier case of the same kind within the window, or null
 * @param reinspection step 2, or null
 * @param penalty step 3, or null
 * @param dailyPenalty the daily continuing penalty, or null
 * @param rectification the rectification after a penalty, or null
 * @param accruedDays the days the daily penalty has run: from its first day to the day it stopped, or to today, both
 *            included; 0 without one or before it starts
 * @param accrued {@code accruedDays × amountPerDay}, in yuan
 * @param openedOn the town's date the order was issued
 * @param version the optimistic-lock version
 */
public record EnforcementCase(long id, long enterpriseId, String enterpriseName, String department,
        String secondDepartment, String village, String actingDepartment, Long inspectionId, String violationKind,
        String description, CaseState state, boolean closed, LocalDate deadline, boolean overdue, boolean aggravated,
        Long repeatOfCaseId, Reinspection reinspection, Penalty penalty, DailyPenalty dailyPenalty,
        Rectification rectification, long accruedDays, BigDecimal accrued, LocalDate openedOn, Instant openedAt,
        String openedBy, Instant closedAt, long version) {
}
