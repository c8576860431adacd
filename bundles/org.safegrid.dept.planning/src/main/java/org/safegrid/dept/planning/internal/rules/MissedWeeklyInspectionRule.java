package org.safegrid.dept.planning.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
import org.safegrid.dept.planning.internal.PlanningSettings;
import org.safegrid.dept.planning.internal.checklists.ConstructionSiteWeekly;

/**
 * Measure 4: a construction site self-inspects every week. When its weekly checklist goes overdue for the configured
 * number of weeks in a row (two by default), the office and the site's village hear of it; every further week in a
 * row the alert is critical and reaches the committee too. A late submission takes the week off the count.
 */
@Component(property = SupervisionRule.DEPARTMENT_PROPERTY + "=" + PlanningDepartment.ID)
public class MissedWeeklyInspectionRule implements SupervisionRule {

    static final String CODE = "construction-site-weekly-missed";

    private final RuleMemory memory;
    private final PlanningSettings settings;

    @Activate
    public MissedWeeklyInspectionRule(@Reference RuleMemory memory, @Reference PlanningSettings settings) {
        this.memory = memory;
        this.settings = settings;
    }

    @Override
    public Set<String> topics() {
        return Set.of(ChecklistEvents.OVERDUE, ChecklistEvents.SUBMITTED);
    }

    @Override
    public List<Alert> evaluate(SupervisionEvent event) {
        EnterpriseProfile site = event.enterprise();
        if (site == null
                || !ConstructionSiteWeekly.CODE.equals(EventValues.text(event, ChecklistEvents.TEMPLATE_CODE))) {
            return List.of();
        }
        LocalDate end = EventValues.periodEnd(event);
        if (ChecklistEvents.SUBMITTED.equals(event.topic())) {
            memory.clearMissed(site.id(), ConstructionSiteWeekly.CODE, end);
            return List.of();
        }
        String key = EventValues.text(event, ChecklistEvents.PERIOD_KEY);
        memory.recordMissed(Site.of(site), ConstructionSiteWeekly.CODE, key, end);
        int weeks = memory.consecutiveMissed(site.id(), ConstructionSiteWeekly.CODE, end, d -> d.minusWeeks(1));
        int threshold = settings.missedWeeks();
        if (weeks < threshold) {
            return List.of();
        }
        boolean escalated = weeks > threshold;
        String name = site.name();
        return List.of(new Alert(CODE, escalated ? Alert.Level.CRITICAL : Alert.Level.WARNING,
                LocalizedText.of("建筑工地连续" + weeks + "周未开展每周隐患排查",
                        "Construction site missed its weekly self-inspection " + weeks + " weeks in a row"),
                LocalizedText.of(name + " 已连续 " + weeks + " 周（截至 " + key + "）未提交《建筑施工工地每周隐患排查清单》，请到现场督促并依法查处。",
                        name + " has not submitted its weekly construction site checklist for " + weeks
                                + " weeks in a row (up to " + key + "): visit the site and enforce."),
                Roles.of(site, escalated), "#/enterprises/" + site.id() + "/checklists"));
    }
}
