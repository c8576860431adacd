package org.safegrid.dept.culture.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleContributor;
import org.safegrid.api.plate.PlateRoleRequirement;

/**
 * Plate roles of the culture centre: scenic spots and entertainment venues are crowded places and name their
 * fire-safety manager (消防安全管理人, Fire Protection Law article 17); a scenic spot with special equipment (rides,
 * ropeways) names its special-equipment safety manager (Special Equipment Safety Law article 14).
 */
@Component(property = PlateRoleContributor.DEPARTMENT_PROPERTY + "=" + CultureDepartment.ID)
public class CulturePlateRoles implements PlateRoleContributor {

    static final Set<String> CROWDED_SECTORS = Set.of("scenic-spot", "entertainment-venue");

    static final PlateRoleRequirement FIRE_SAFETY_MANAGER = PlateRoleRequirement.single("fire-safety-manager",
            LocalizedText.of("消防安全管理人", "Fire-safety manager"));

    static final PlateRoleRequirement SPECIAL_EQUIPMENT_MANAGER = PlateRoleRequirement.single(
            "special-equipment-manager", LocalizedText.of("特种设备安全管理员", "Special-equipment safety manager"));

    @Override
    public List<PlateRoleRequirement> requiredRoles(EnterpriseProfile enterprise) {
        List<PlateRoleRequirement> roles = new ArrayList<>(2);
        if (CROWDED_SECTORS.contains(enterprise.sector())) {
            roles.add(FIRE_SAFETY_MANAGER);
        }
        if ("scenic-spot".equals(enterprise.sector()) && enterprise.hasFlag("SPECIAL_EQUIPMENT")) {
            roles.add(SPECIAL_EQUIPMENT_MANAGER);
        }
        return roles;
    }
}
