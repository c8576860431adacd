package org.safegrid.dept.agriculture.internal.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.api.supervision.SupervisionRule;
import org.safegrid.checklists.api.ChecklistEvents;
import org.safegrid.dept.agriculture.internal.AgricultureDepartment;
import org.safegrid.dept.agriculture.internal.AgricultureSettings;

/**
 * In the forest fire season a forest area's weekly check that fails an item is the centre's and the village's
 * business at once: open fire in the forest or an unmanned checkpoint is critical, anything else a warning. Outside the
 * season the failed items go the ordinary way (hazards, enforcement).
 */
@Component(property = SupervisionRule.DEPARTMENT_PROPERTY + "=" + AgricultureDepartment.ID)
public class ForestFireRule implements SupervisionRule {

    static final String TEMPLATE = "agriculture-forest-fire-weekly";
    /** Items whose failure in the fire season is critical. */
    static final Set<String> CRITICAL = Set.of("no-field-fire", "checkpoint", "equipment");

    private final AgricultureSettings settings;

    @Activate
    public ForestFireRule(@Reference AgricultureSettings settings) {
        this.settings = settings;
    }

    @Override
    public Set<String> topics() {
        return Set.of(ChecklistEvents.SUBMITTED);
    }

    @Override
    public List<Alert> evaluate(SupervisionEvent event) {
        if (!TEMPLATE.equals(FailedItems.template(event.properties()))) {
            return List.of();
        }
        Set<String> failed = FailedItems.of(event.properties());
        LocalDate today = settings.today();
        if (failed.isEmpty() || !settings.fireSeason().contains(today)) {
            return List.of();
        }
        Set<String> critical = new TreeSet<>(failed);
        critical.retainAll(CRITICAL);
        String name = event.enterprise().name();
        String items = String.join(", ", failed);
        Object submission = event.properties().get(ChecklistEvents.SUBMISSION_ID);
        String link = submission == null ? null : "#/checklists/submissions/" + submission;
        return List.of(new Alert(critical.isEmpty() ? "forest-fire-check-failed" : "forest-fire-critical-failure",
                critical.isEmpty() ? Alert.Level.WARNING : Alert.Level.CRITICAL,
                LocalizedText.of("防火期林区检查不合格", "Forest check failed in the fire season"),
                LocalizedText.of(name + " 森林防火期检查有不合格项（" + items + "），请立即督促整改并加强巡护。",
                        name + " failed forest fire items in the fire season (" + items
                                + "): see them fixed at once and step up patrols."),
                Roles.departmentAndVillage(event.enterprise().village()), link));
    }
}
