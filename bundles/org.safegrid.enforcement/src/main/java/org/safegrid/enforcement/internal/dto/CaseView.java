package org.safegrid.enforcement.internal.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.safegrid.enforcement.api.CaseState;
import org.safegrid.enforcement.api.CaseStep;
import org.safegrid.enforcement.api.DailyPenalty;
import org.safegrid.enforcement.api.EnforcementCase;
import org.safegrid.enforcement.api.Penalty;
import org.safegrid.enforcement.api.Rectification;
import org.safegrid.enforcement.api.Reinspection;

/**
 * A case as {@code GET /api/enforcement/cases/{id}} and every step answer it: the case (accrual as of today), its
 * timeline and whether the caller may take its next step.
 */
public record CaseView(long id, long enterpriseId, String enterpriseName, String department, String secondDepartment,
        String village, String actingDepartment, Long inspectionId, String violationKind, String description,
        CaseState state, boolean closed, LocalDate deadline, boolean overdue, boolean aggravated, Long repeatOfCaseId,
        Reinspection reinspection, Penalty penalty, DailyPenalty dailyPenalty, Rectification rectification,
        long accruedDays, BigDecimal accrued, LocalDate openedOn, Instant openedAt, String openedBy, Instant closedAt,
        long version, List<CaseStep> timeline, boolean editable) {

    public static CaseView of(EnforcementCase c, List<CaseStep> timeline, boolean editable) {
        return new CaseView(c.id(), c.enterpriseId(), c.enterpriseName(), c.department(), c.secondDepartment(),
                c.village(), c.actingDepartment(), c.inspectionId(), c.violationKind(), c.description(), c.state(),
                c.closed(), c.deadline(), c.overdue(), c.aggravated(), c.repeatOfCaseId(), c.reinspection(),
                c.penalty(), c.dailyPenalty(), c.rectification(), c.accruedDays(), c.accrued(), c.openedOn(),
                c.openedAt(), c.openedBy(), c.closedAt(), c.version(), List.copyOf(timeline), editable);
    }
}
