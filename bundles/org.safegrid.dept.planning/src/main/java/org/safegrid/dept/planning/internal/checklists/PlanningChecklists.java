package org.safegrid.dept.planning.internal.checklists;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.checklist.ChecklistTemplateContributor;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.dept.planning.internal.PlanningDepartment;

/**
 * The planning office's hazard checklists (measure 4): weekly for construction sites, monthly for self-built and
 * rented houses and for property-managed estates, over people, equipment, process, environment and management.
 */
@Component(property = ChecklistTemplateContributor.DEPARTMENT_PROPERTY + "=" + PlanningDepartment.ID)
public class PlanningChecklists implements ChecklistTemplateContributor {

    @Override
    public List<TemplateDefinition> templates() {
        return List.of(ConstructionSiteWeekly.TEMPLATE, HouseMonthly.TEMPLATE, PropertyEstateMonthly.TEMPLATE);
    }
}
