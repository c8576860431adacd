package org.safegrid.enforcement.internal.service;

import java.time.LocalDate;

import org.safegrid.enforcement.api.CaseState;
import org.safegrid.enforcement.api.DailyPenalty;
import org.safegrid.enforcement.api.EnforcementCase;
import org.safegrid.enforcement.internal.model.Accrual;
import org.safegrid.enforcement.internal.persistence.CaseEntity;
import org.safegrid.enforcement.internal.persistence.EnterpriseColumns;

/** A stored case as the API answers it, with what is worked out at read time: overdue and the accrual. */
public final class CaseMapper {

    private CaseMapper() {
    }

    /** @param today the town's date */
    public static EnforcementCase toCase(CaseEntity e, LocalDate today) {
        EnterpriseColumns enterprise = e.getEnterprise();
        CaseState state = e.getState();
        DailyPenalty daily = e.getDailyPenalty() == null ? null : e.getDailyPenalty().toApi();
        Accrual accrual = daily == null
                ? Accrual.NONE
                : Accrual.of(daily.amountPerDay(), daily.startsOn(), daily.stoppedOn(), today);
        return new EnforcementCase(e.getId(), enterprise.enterpriseId(), enterprise.name(), enterprise.department(),
                enterprise.secondDepartment(), enterprise.village(), enterprise.actingDepartment(),
                e.getInspectionId(), e.getViolationKind(), e.getDescription(), state, state.closed(), e.getDeadline(),
                state == CaseState.ORDERED && today.isAfter(e.getDeadline()), e.isAggravated(),
                e.getRepeatOfCaseId(), e.getReinspection() == null ? null : e.getReinspection().toApi(),
                e.getPenalty() == null ? null : e.getPenalty().toApi(), daily,
                e.getRectification() == null ? null : e.getRectification().toApi(), accrual.days(), accrual.amount(),
                e.getOpenedOn(), e.getOpenedAt(), e.getOpenedBy(), e.getClosedAt(), e.getVersion());
    }
}
