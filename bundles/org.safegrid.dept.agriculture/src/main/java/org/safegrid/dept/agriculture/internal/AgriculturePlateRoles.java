package org.safegrid.dept.agriculture.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleContributor;
import org.safegrid.api.plate.PlateRoleRequirement;

/**
 * Roles the centre requires on the plates of what it regulates: a small reservoir names its technical and patrol
 * persons (two of the three flood-control persons of a small reservoir; the administrative one is the town official
 * already on every plate), and a forest area names its forest fire person in charge (《森林防火条例》).
 */
@Component(property = PlateRoleContributor.DEPARTMENT_PROPERTY + "=" + AgricultureDepartment.ID)
public class AgriculturePlateRoles implements PlateRoleContributor {

    static final PlateRoleRequirement DAM_TECHNICAL = PlateRoleRequirement.single("dam-technical",
            LocalizedText.of("水库技术责任人", "Reservoir technical person"));
    static final PlateRoleRequirement DAM_PATROL = PlateRoleRequirement.single("dam-patrol",
            LocalizedText.of("水库巡查责任人", "Reservoir patrol person"));
    static final PlateRoleRequirement FOREST_FIRE = PlateRoleRequirement.single("forest-fire-lead",
            LocalizedText.of("森林防火责任人", "Forest fire person in charge"));

    @Override
    public List<PlateRoleRequirement> requiredRoles(EnterpriseProfile enterprise) {
        return switch (String.valueOf(enterprise.sector())) {
            case "water-works" -> List.of(DAM_TECHNICAL, DAM_PATROL);
            case "forest" -> List.of(FOREST_FIRE);
            default -> List.of();
        };
    }
}
