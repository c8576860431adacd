package org.safegrid.dept.agriculture.internal.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.api.supervision.SupervisionRule;
import org.safegrid.checklists.api.ChecklistEvents;
import org.safegrid.dept.agriculture.internal.AgricultureDepartment;

/**
 * A farm machine that fails its brakes, its registration or its operator's licence must stop working until fixed: the
 * centre and the village hear of it from the enterprise's own monthly self-inspection.
 */
@Component(property = SupervisionRule.DEPARTMENT_PROPERTY + "=" + AgricultureDepartment.ID)
public class FarmMachineryRule implements SupervisionRule {

    static final String TEMPLATE = "agriculture-farm-machinery-monthly";
    static final Set<String> STOP_ITEMS = Set.of("brakes", "registration", "operator-licence", "scrapped");

    @Override
    public Set<String> topics() {
        return Set.of(ChecklistEvents.SUBMITTED);
    }

    @Override
    public List<Alert> evaluate(SupervisionEvent event) {
        if (!TEMPLATE.equals(FailedItems.template(event.properties()))) {
            return List.of();
        }
        Set<String> stop = new TreeSet<>(FailedItems.of(event.properties()));
        stop.retainAll(STOP_ITEMS);
        if (stop.isEmpty()) {
            return List.of();
        }
        String name = event.enterprise().name();
        String items = String.join(", ", stop);
        Object submission = event.properties().get(ChecklistEvents.SUBMISSION_ID);
        return List.of(new Alert("farm-machine-unfit", Alert.Level.WARNING,
                LocalizedText.of("农机存在停用类隐患", "Farm machine unfit to work"),
                LocalizedText.of(name + " 的农机自查不合格（" + items + "），整改前应停止作业，请核查。",
                        name + " failed " + items + " in its machinery self-inspection: the machine must stop"
                                + " until fixed; please check."),
                Roles.departmentAndVillage(event.enterprise().village()),
                submission == null ? null : "#/checklists/submissions/" + submission));
    }
}
