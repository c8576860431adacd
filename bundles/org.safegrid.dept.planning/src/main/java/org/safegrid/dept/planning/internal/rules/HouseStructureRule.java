package org.safegrid.dept.planning.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.api.supervision.SupervisionRule;
import org.safegrid.checklists.api.ChecklistEvents;
import org.safegrid.dept.planning.internal.PlanningDepartment;
import org.safegrid.dept.planning.internal.checklists.HouseMonthly;

/**
 * A self-built or rented house whose monthly self-inspection reports damaged load-bearing parts or load-bearing
 * changes may be about to collapse: the office, the village and the committee hear of it at once, so that people can
 * be moved out and the house appraised (the 2022 national self-built house campaign).
 */
@Component(property = SupervisionRule.DEPARTMENT_PROPERTY + "=" + PlanningDepartment.ID)
public class HouseStructureRule implements SupervisionRule {

    static final String CODE = "house-structural-danger";

    private final RuleMemory memory;

    @Activate
    public HouseStructureRule(@Reference RuleMemory memory) {
        this.memory = memory;
    }

    @Override
    public Set<String> topics() {
        return Set.of(ChecklistEvents.SUBMITTED);
    }

    @Override
    public List<Alert> evaluate(SupervisionEvent event) {
        EnterpriseProfile house = event.enterprise();
        if (house == null || !HouseMonthly.CODE.equals(EventValues.text(event, ChecklistEvents.TEMPLATE_CODE))) {
            return List.of();
        }
        Set<String> failed = new TreeSet<>(EventValues.failedItems(event));
        failed.retainAll(HouseMonthly.STRUCTURAL_ITEMS);
        if (failed.isEmpty()) {
            return List.of();
        }
        LocalDate end = EventValues.periodEnd(event);
        String key = EventValues.text(event, ChecklistEvents.PERIOD_KEY);
        memory.recordFailed(Site.of(house), HouseMonthly.CODE, key, end, failed);
        List<String> items = new ArrayList<>(failed);
        Long submission = EventValues.submissionId(event);
        String link = submission == null
                ? "#/enterprises/" + house.id() + "/checklists"
                : "#/checklists/submissions/" + submission;
        return List.of(new Alert(CODE, Alert.Level.CRITICAL,
                LocalizedText.of("房屋结构安全隐患", "Structural danger in a house"),
                LocalizedText.of(house.name() + " 的" + key + "月度自查发现：" + ItemNames.zh(HouseMonthly.CODE, items)
                        + "。请立即现场核查，必要时撤离人员、停止使用并委托房屋安全鉴定。",
                        house.name() + "'s monthly self-inspection (" + key + ") found: "
                                + ItemNames.en(HouseMonthly.CODE, items)
                                + ". Check on site at once; move people out, stop use and order a safety appraisal "
                                + "where needed."),
                Roles.of(house, true), link));
    }
}
