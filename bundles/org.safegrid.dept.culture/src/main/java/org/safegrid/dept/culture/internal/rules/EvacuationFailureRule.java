package org.safegrid.dept.culture.internal.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.checklist.ItemDefinition;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.module.Permissions;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.api.supervision.SupervisionRule;
import org.safegrid.checklists.api.ChecklistEvents;
import org.safegrid.dept.culture.internal.CultureChecklists;
import org.safegrid.dept.culture.internal.CultureDepartment;

/**
 * Crowds die in blocked exits. When a scenic spot, venue or event organiser fails an item about escape routes,
 * evacuation signs or crowd size in its own check, the centre hears of it; at a high-fire-risk or red-risk place the
 * alert is critical and goes to the committee too.
 */
@Component(property = SupervisionRule.DEPARTMENT_PROPERTY + "=" + CultureDepartment.ID)
public class EvacuationFailureRule implements SupervisionRule {

    static final String CODE = "venue-evacuation-failure";

    /** The items, across the centre's templates, that are about getting people out. */
    static final Set<String> EVACUATION_ITEMS = Set.of("exits", "windows", "evacuation-signs", "crowd-capacity",
            "visitor-flow", "tickets", "exits-routes");

    private static final Map<String, TemplateDefinition> TEMPLATES = CultureChecklists.all()
            .stream()
            .collect(Collectors.toMap(TemplateDefinition::code, t -> t));

    @Override
    public Set<String> topics() {
        return Set.of(ChecklistEvents.SUBMITTED);
    }

    @Override
    public List<Alert> evaluate(SupervisionEvent event) {
        TemplateDefinition template = TEMPLATES
                .get(String.valueOf(event.properties().get(ChecklistEvents.TEMPLATE_CODE)));
        EnterpriseProfile place = event.enterprise();
        if (template == null || place == null) {
            return List.of();
        }
        Set<String> failed = FailedItems.of(event.properties().get(ChecklistEvents.FAILED_ITEMS));
        List<ItemDefinition> items = template.items()
                .stream()
                .filter(i -> EVACUATION_ITEMS.contains(i.code()) && failed.contains(i.code()))
                .toList();
        if (items.isEmpty()) {
            return List.of();
        }
        boolean severe = place.hasFlag("HIGH_FIRE_RISK") || "RED".equals(place.riskLevel());
        String centre = Permissions.departmentRole(CultureDepartment.ID);
        Object submission = event.properties().get(ChecklistEvents.SUBMISSION_ID);
        return List.of(new Alert(CODE, severe ? Alert.Level.CRITICAL : Alert.Level.WARNING,
                LocalizedText.of("人员密集场所疏散条件不合格", "Evacuation check failed at a crowded place"),
                LocalizedText.of(place.name() + " 自查未通过：" + items.stream().map(i -> i.text().zh())
                        .collect(Collectors.joining("；")) + "。请督促立即整改，必要时现场检查。",
                        place.name() + " failed its own check: " + items.stream().map(i -> i.text().en())
                                .collect(Collectors.joining("; ")) + ". Have it fixed at once; inspect if needed."),
                severe ? Set.of(centre, Permissions.COMMITTEE_ROLE) : Set.of(centre),
                submission == null ? "#/enterprises/" + place.id() : "#/checklists/submissions/" + submission));
    }
}
