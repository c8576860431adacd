package org.safegrid.enforcement.internal.model;

import java.util.Map;

/**
 * The enforcement actions of a period, counted per acting department and per village.
 *
 * @param inspectionsByDepartment inspections per acting department
 * @param casesByDepartment cases opened per acting department
 * @param inspectionsByVillage inspections per village of the enterprise
 * @param casesByVillage cases opened per village of the enterprise
 */
public record Activity(Map<String, Long> inspectionsByDepartment, Map<String, Long> casesByDepartment,
        Map<String, Long> inspectionsByVillage, Map<String, Long> casesByVillage) {

    public Activity {
        inspectionsByDepartment = Map.copyOf(inspectionsByDepartment);
        casesByDepartment = Map.copyOf(casesByDepartment);
        inspectionsByVillage = Map.copyOf(inspectionsByVillage);
        casesByVillage = Map.copyOf(casesByVillage);
    }
}
