package org.safegrid.dept.economic.internal.rules;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.checklist.ItemDefinition;
import org.safegrid.api.checklist.SeverityHint;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.module.Permissions;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.api.supervision.SupervisionRule;
import org.safegrid.checklists.api.ChecklistEvents;
import org.safegrid.dept.economic.internal.EconomicDepartment;
import org.safegrid.dept.economic.internal.templates.HighRiskWorkTemplates;

/**
 * Confined spaces and combustible dust kill several people at once. When a factory's own monthly check of either
 * fails an item of major weight, the office and the committee hear of it at once, with the items named.
 */
@Component(property = SupervisionRule.DEPARTMENT_PROPERTY + "=" + EconomicDepartment.ID)
public class ConfinedSpaceDustRule implements SupervisionRule {

    static final String CODE = "confined-space-dust-failure";

    private static final Map<String, TemplateDefinition> WATCHED = Map.of(
            HighRiskWorkTemplates.CONFINED_SPACE.code(), HighRiskWorkTemplates.CONFINED_SPACE,
            HighRiskWorkTemplates.DUST.code(), HighRiskWorkTemplates.DUST);

    @Override
    public Set<String> topics() {
        return Set.of(ChecklistEvents.SUBMITTED);
    }

    @Override
    public List<Alert> evaluate(SupervisionEvent event) {
        TemplateDefinition template = WATCHED
                .get(String.valueOf(event.properties().get(ChecklistEvents.TEMPLATE_CODE)));
        if (template == null || event.enterprise() == null) {
            return List.of();
        }
        Set<String> failed = failedItems(event.properties().get(ChecklistEvents.FAILED_ITEMS));
        List<ItemDefinition> major = template.items()
                .stream()
                .filter(i -> i.severityHint() == SeverityHint.MAJOR && failed.contains(i.code()))
                .toList();
        if (major.isEmpty()) {
            return List.of();
        }
        String name = event.enterprise().name();
        String zh = major.stream().map(i -> i.text().zh()).collect(Collectors.joining("；"));
        String en = major.stream().map(i -> i.text().en()).collect(Collectors.joining("; "));
        Object submission = event.properties().get(ChecklistEvents.SUBMISSION_ID);
        return List.of(new Alert(CODE, Alert.Level.CRITICAL,
                LocalizedText.of(template.name().zh() + "发现重大问题", "Major failure in " + template.name().en()),
                LocalizedText.of(name + " 自查未通过：" + zh + "。请立即核查，必要时责令停止相关作业。",
                        name + " failed its own check: " + en + ". Verify at once and stop the work if needed."),
                Set.of(Permissions.departmentRole(EconomicDepartment.ID), Permissions.COMMITTEE_ROLE),
                submission == null
                        ? "#/enterprises/" + event.enterprise().id()
                        : "#/checklists/submissions/" + submission));
    }

    /** The failed item codes, whether the event carries them as a {@code String[]}, a collection or one text. */
    static Set<String> failedItems(Object value) {
        if (value instanceof String[] codes) {
            return Set.copyOf(Arrays.asList(codes));
        }
        if (value instanceof Collection<?> codes) {
            return codes.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        if (value instanceof String text && !text.isBlank()) {
            return Arrays.stream(text.split(",")).map(String::strip).collect(Collectors.toSet());
        }
        return Set.of();
    }
}
