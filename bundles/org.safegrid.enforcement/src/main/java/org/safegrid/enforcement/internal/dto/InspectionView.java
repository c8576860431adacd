package org.safegrid.enforcement.internal.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.safegrid.enforcement.api.ComplianceSnapshot;
import org.safegrid.enforcement.api.EnforcementCase;
import org.safegrid.enforcement.api.Inspection;
import org.safegrid.enforcement.api.InspectionKind;

/**
 * An inspection as {@code GET /api/inspections/{id}} answers it: the inspection, the cases opened from it, the hazards
 * reported from it and whether the caller may act on it.
 */
public record InspectionView(long id, long enterpriseId, String enterpriseName, String department,
        String secondDepartment, String village, String actingDepartment, InspectionKind kind, LocalDate date,
        String inspectors, String findings, ComplianceSnapshot compliance, Instant createdAt, String createdBy,
        List<EnforcementCase> cases, List<Long> hazardIds, boolean editable) {

    public static InspectionView of(Inspection i, List<EnforcementCase> cases, List<Long> hazardIds,
            boolean editable) {
        return new InspectionView(i.id(), i.enterpriseId(), i.enterpriseName(), i.department(), i.secondDepartment(),
                i.village(), i.actingDepartment(), i.kind(), i.date(), i.inspectors(), i.findings(), i.compliance(),
                i.createdAt(), i.createdBy(), List.copyOf(cases), List.copyOf(hazardIds), editable);
    }
}
