package org.safegrid.dept.emergency.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.module.Permissions;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.api.supervision.SupervisionRule;

/**
 * A major hazard at an enterprise that handles dangerous goods is the emergency office's first concern: the office
 * and the committee hear of it at once, and again when it runs past its deadline.
 */
@Component(property = SupervisionRule.DEPARTMENT_PROPERTY + "=" + EmergencyDepartment.ID)
public class DangerousGoodsHazardRule implements SupervisionRule {

    static final String CREATED = "org/safegrid/hazard/CREATED";
    static final String OVERDUE = "org/safegrid/hazard/OVERDUE";

    @Override
    public Set<String> topics() {
        return Set.of(CREATED, OVERDUE);
    }

    @Override
    public List<Alert> evaluate(SupervisionEvent event) {
        boolean dangerousGoods = event.enterprise() != null
                && DangerousGoodsPlateRoles.SECTORS.contains(event.enterprise().sector());
        if (!dangerousGoods || !"MAJOR".equals(String.valueOf(event.properties().get("level")))) {
            return List.of();
        }
        String name = event.enterprise().name();
        Object hazardId = event.properties().get("hazardId");
        Set<String> roles = Set.of(Permissions.departmentRole(EmergencyDepartment.ID), Permissions.COMMITTEE_ROLE);
        String link = "#/hazards/" + hazardId;
        if (OVERDUE.equals(event.topic())) {
            return List.of(new Alert("dangerous-goods-major-hazard-overdue", Alert.Level.CRITICAL,
                    LocalizedText.of("危险物品单位重大隐患逾期未整改", "Major hazard overdue at a dangerous-goods site"),
                    LocalizedText.of(name + " 的重大隐患已超过整改期限，请立即督办并依法处理。",
                            "The major hazard at " + name + " is past its deadline: follow it up and enforce."),
                    roles, link));
        }
        return List.of(new Alert("dangerous-goods-major-hazard", Alert.Level.CRITICAL,
                LocalizedText.of("危险物品单位发现重大隐患", "Major hazard at a dangerous-goods site"),
                LocalizedText.of(name + " 发现重大隐患，请督促落实五落实并跟踪整改。",
                        "A major hazard was found at " + name + ": see that its five fixes are recorded."),
                roles, link));
    }
}
