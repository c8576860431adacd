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
import org.safegrid.dept.planning.internal.checklists.ConstructionSiteWeekly;

/**
 * Measure 6 (repeat offenders): a high-risk item of the weekly site checklist (scaffolding, edge protection, lifting
 * machinery, dangerous works, temporary power) that fails in two weekly self-inspections in a row means the site is
 * not fixing it. The office and the village hear of it with the items named.
 */
@Component(property = SupervisionRule.DEPARTMENT_PROPERTY + "=" + PlanningDepartment.ID)
public class RepeatedHighRiskFailureRule implements SupervisionRule {

    static final String CODE = "construction-site-repeated-failure";

    private final RuleMemory memory;

    @Activate
    public RepeatedHighRiskFailureRule(@Reference RuleMemory memory) {
        this.memory = memory;
    }

    @Override
    public Set<String> topics() {
        return Set.of(ChecklistEvents.SUBMITTED);
    }

    @Override
    public List<Alert> evaluate(SupervisionEvent event) {
        EnterpriseProfile site = event.enterprise();
        if (site == null
                || !ConstructionSiteWeekly.CODE.equals(EventValues.text(event, ChecklistEvents.TEMPLATE_CODE))) {
            return List.of();
        }
        Set<String> failed = new TreeSet<>(EventValues.failedItems(event));
        failed.retainAll(ConstructionSiteWeekly.HIGH_RISK_ITEMS);
        if (failed.isEmpty()) {
            return List.of();
        }
        LocalDate end = EventValues.periodEnd(event);
        String key = EventValues.text(event, ChecklistEvents.PERIOD_KEY);
        memory.recordFailed(Site.of(site), ConstructionSiteWeekly.CODE, key, end, failed);
        Set<String> before = memory.failedIn(site.id(), ConstructionSiteWeekly.CODE, end.minusWeeks(1));
        List<String> repeated = new ArrayList<>(failed);
        repeated.retainAll(before);
        if (repeated.isEmpty()) {
            return List.of();
        }
        String zh = ItemNames.zh(ConstructionSiteWeekly.CODE, repeated);
        String en = ItemNames.en(ConstructionSiteWeekly.CODE, repeated);
        Long submission = EventValues.submissionId(event);
        String link = submission == null
                ? "#/enterprises/" + site.id() + "/checklists"
                : "#/checklists/submissions/" + submission;
        return List.of(new Alert(CODE, Alert.Level.WARNING,
                LocalizedText.of("建筑工地高风险项目连续两周不合格", "High-risk items failed two weeks in a row"),
                LocalizedText.of(site.name() + " 的以下项目在本周（" + key + "）和上周自查中均不合格：" + zh
                        + "。请督促立即整改，必要时责令停工并依法处罚。",
                        site.name() + " failed these items in this week's (" + key + ") and last week's "
                                + "self-inspection: " + en
                                + ". Order rectification, stop work if needed, and enforce."),
                Roles.of(site, false), link));
    }
}
