package org.safegrid.dept.citymgmt.internal.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.api.supervision.SupervisionRule;
import org.safegrid.checklists.api.ChecklistEvents;
import org.safegrid.dept.citymgmt.internal.CityDepartment;

/**
 * A billboard whose structure, anchorage or panels fail its monthly check can come down on passers-by: the brigade and
 * the village hear of it at once, to cordon it off and have it made safe or removed.
 */
@Component(property = SupervisionRule.DEPARTMENT_PROPERTY + "=" + CityDepartment.ID)
public class BillboardStructureRule implements SupervisionRule {

    static final String TEMPLATE = "citymgmt-billboard-monthly";
    static final Set<String> STRUCTURAL = Set.of("structure", "anchorage", "panels");

    @Override
    public Set<String> topics() {
        return Set.of(ChecklistEvents.SUBMITTED);
    }

    @Override
    public List<Alert> evaluate(SupervisionEvent event) {
        if (!TEMPLATE.equals(FailedItems.template(event.properties()))) {
            return List.of();
        }
        Set<String> failed = new TreeSet<>(FailedItems.of(event.properties()));
        failed.retainAll(STRUCTURAL);
        if (failed.isEmpty()) {
            return List.of();
        }
        String name = event.enterprise().name();
        String items = String.join(", ", failed);
        Object submission = event.properties().get(ChecklistEvents.SUBMISSION_ID);
        return List.of(new Alert("billboard-structure-failed", Alert.Level.CRITICAL,
                LocalizedText.of("户外广告设施结构安全不合格", "Billboard structure unsafe"),
                LocalizedText.of(name + " 的户外广告设施结构检查不合格（" + items + "），请立即设置警戒、督促排险或拆除。",
                        "The billboard of " + name + " failed its structural items (" + items
                                + "): cordon it off and have it made safe or removed."),
                Roles.departmentAndVillage(event.enterprise().village()),
                submission == null ? null : "#/checklists/submissions/" + submission));
    }
}
