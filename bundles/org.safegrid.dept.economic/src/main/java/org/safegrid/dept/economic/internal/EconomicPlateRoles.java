package org.safegrid.dept.economic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleContributor;
import org.safegrid.api.plate.PlateRoleRequirement;

/**
 * Plate roles of the economic office: an above-scale enterprise names the chief engineer (or technical director) who
 * leads its safety team (measure 10); a market or commercial complex, a key fire-safety unit, names its fire-safety
 * manager (消防安全管理人, Fire Protection Law article 17).
 */
@Component(property = PlateRoleContributor.DEPARTMENT_PROPERTY + "=" + EconomicDepartment.ID)
public class EconomicPlateRoles implements PlateRoleContributor {

    static final Set<String> CROWDED_SECTORS = Set.of("specialised-market", "commercial-complex");

    static final PlateRoleRequirement CHIEF_ENGINEER = PlateRoleRequirement.single("chief-engineer",
            LocalizedText.of("总工程师（技术负责人）", "Chief engineer (technical director)"));

    static final PlateRoleRequirement FIRE_SAFETY_MANAGER = PlateRoleRequirement.single("fire-safety-manager",
            LocalizedText.of("消防安全管理人", "Fire-safety manager"));

    @Override
    public List<PlateRoleRequirement> requiredRoles(EnterpriseProfile enterprise) {
        List<PlateRoleRequirement> roles = new ArrayList<>(2);
        if (enterprise.hasFlag("ABOVE_SCALE")) {
            roles.add(CHIEF_ENGINEER);
        }
        if (CROWDED_SECTORS.contains(enterprise.sector())) {
            roles.add(FIRE_SAFETY_MANAGER);
        }
        return roles;
    }
}
