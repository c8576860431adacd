package org.safegrid.dept.emergency.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleContributor;
import org.safegrid.api.plate.PlateRoleRequirement;

/**
 * The Work Safety Law (article 24) makes units that produce, sell or store dangerous goods name a full-time safety
 * manager. The emergency office regulates them, so their plates must name that person too.
 */
@Component(property = PlateRoleContributor.DEPARTMENT_PROPERTY + "=" + EmergencyDepartment.ID)
public class DangerousGoodsPlateRoles implements PlateRoleContributor {

    /** The sectors that handle dangerous goods. */
    public static final Set<String> SECTORS = Set.of("hazardous-chemicals", "fuel-station", "gas-filling-station");

    static final PlateRoleRequirement SAFETY_OFFICER = PlateRoleRequirement.single("safety-officer",
            LocalizedText.of("专职安全管理员", "Full-time safety officer"));

    @Override
    public List<PlateRoleRequirement> requiredRoles(EnterpriseProfile enterprise) {
        return SECTORS.contains(enterprise.sector()) ? List.of(SAFETY_OFFICER) : List.of();
    }
}
