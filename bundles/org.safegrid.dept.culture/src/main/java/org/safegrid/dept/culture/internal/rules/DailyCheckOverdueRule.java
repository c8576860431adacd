package org.safegrid.dept.culture.internal.rules;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.module.Permissions;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.api.supervision.SupervisionRule;
import org.safegrid.checklists.api.ChecklistEvents;
import org.safegrid.dept.culture.internal.CultureDepartment;
import org.safegrid.dept.culture.internal.templates.ScenicSpotTemplates;
import org.safegrid.dept.culture.internal.templates.VenueTemplates;

/**
 * A high-risk scenic spot or venue (high fire risk, or a red or orange risk level) that let a day pass without its
 * daily check (the opening check, the fire patrol) is one the centre should call the same morning.
 */
@Component(property = SupervisionRule.DEPARTMENT_PROPERTY + "=" + CultureDepartment.ID)
public class DailyCheckOverdueRule implements SupervisionRule {

    static final String CODE = "high-risk-place-daily-check-missed";

    static final Set<String> DAILY_TEMPLATES = Set.of(ScenicSpotTemplates.DAILY.code(), VenueTemplates.DAILY.code());

    @Override
    public Set<String> topics() {
        return Set.of(ChecklistEvents.OVERDUE);
    }

    @Override
    public List<Alert> evaluate(SupervisionEvent event) {
        EnterpriseProfile place = event.enterprise();
        Object template = event.properties().get(ChecklistEvents.TEMPLATE_CODE);
        if (place == null || !DAILY_TEMPLATES.contains(String.valueOf(template)) || !highRisk(place)) {
            return List.of();
        }
        Object day = event.properties().getOrDefault(ChecklistEvents.PERIOD_KEY, "");
        return List.of(new Alert(CODE, Alert.Level.WARNING,
                LocalizedText.of("高风险场所漏做每日检查", "High-risk place missed its daily check"),
                LocalizedText.of(place.name() + " " + day + " 未完成每日安全检查（防火巡查）。该场所为高风险场所，请当日电话督促并抽查。",
                        place.name() + " did not do its daily safety check (fire patrol) on " + day + ". It is a "
                                + "high-risk place: call it today and spot-check."),
                Set.of(Permissions.departmentRole(CultureDepartment.ID)), "#/enterprises/" + place.id()));
    }

    static boolean highRisk(EnterpriseProfile place) {
        return place.hasFlag("HIGH_FIRE_RISK") || "RED".equals(place.riskLevel())
                || "ORANGE".equals(place.riskLevel());
    }
}
