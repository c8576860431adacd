package org.safegrid.dept.citymgmt.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleContributor;
import org.safegrid.api.plate.PlateRoleRequirement;

/**
 * Roles the brigade requires: a restaurant names the person answerable for its gas use (《城镇燃气管理条例》 puts the
 * duty of safe use on the user), and a billboard's owner the person in charge of its upkeep and safety checks.
 */
@Component(property = PlateRoleContributor.DEPARTMENT_PROPERTY + "=" + CityDepartment.ID)
public class CityPlateRoles implements PlateRoleContributor {

    static final PlateRoleRequirement GAS_SAFETY = PlateRoleRequirement.single("gas-safety-lead",
            LocalizedText.of("燃气使用安全责任人", "Person in charge of gas safety"));
    static final PlateRoleRequirement BILLBOARD_UPKEEP = PlateRoleRequirement.single("billboard-upkeep-lead",
            LocalizedText.of("广告设施安全维护责任人", "Person in charge of billboard upkeep"));

    @Override
    public List<PlateRoleRequirement> requiredRoles(EnterpriseProfile enterprise) {
        return switch (String.valueOf(enterprise.sector())) {
            case "catering" -> List.of(GAS_SAFETY);
            case "outdoor-billboard" -> List.of(BILLBOARD_UPKEEP);
            default -> List.of();
        };
    }
}
