package org.safegrid.dept.planning.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleContributor;
import org.safegrid.api.plate.PlateRoleRequirement;

/**
 * A construction site's plate names its project manager (项目负责人, who answers for the site's safety under the
 * Regulations on Work Safety of Construction Projects, article 21) and its full-time safety officer (专职安全生产管理人员,
 * article 23; Work Safety Law article 24 for construction units).
 */
@Component(property = PlateRoleContributor.DEPARTMENT_PROPERTY + "=" + PlanningDepartment.ID)
public class ConstructionSitePlateRoles implements PlateRoleContributor {

    public static final String SECTOR = "construction-site";

    static final PlateRoleRequirement PROJECT_MANAGER = PlateRoleRequirement.single("project-manager",
            LocalizedText.of("项目负责人（项目经理）", "Project manager"));
    static final PlateRoleRequirement SAFETY_OFFICER = PlateRoleRequirement.single("site-safety-officer",
            LocalizedText.of("专职安全生产管理人员", "Full-time site safety officer"));

    @Override
    public List<PlateRoleRequirement> requiredRoles(EnterpriseProfile enterprise) {
        return SECTOR.equals(enterprise.sector()) ? List.of(PROJECT_MANAGER, SAFETY_OFFICER) : List.of();
    }
}
