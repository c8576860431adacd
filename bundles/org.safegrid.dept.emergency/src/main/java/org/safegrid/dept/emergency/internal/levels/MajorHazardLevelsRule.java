package org.safegrid.dept.emergency.internal.levels;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.module.Permissions;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.security.DataScope;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.api.supervision.SupervisionRule;
import org.safegrid.dept.emergency.internal.EmergencyDepartment;
import org.safegrid.enterprises.api.EnterpriseEvents;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.plates.api.PlateEvents;
import org.safegrid.plates.api.PlateService;

/**
 * Measure 3: an enterprise with a major hazard source names three levels of responsible persons on its plate
 * (management, technical, operation). When a plate change or an enterprise change leaves one of them unnamed, the
 * emergency office, the regulating departments and the committee hear of it, once per distinct gap.
 */
@Component(property = SupervisionRule.DEPARTMENT_PROPERTY + "=" + EmergencyDepartment.ID)
public class MajorHazardLevelsRule implements SupervisionRule {

    static final String CODE = "major-hazard-source-levels-missing";

    /** The three levels, as the plates bundle names the roles, in plate order. */
    static final List<String> LEVEL_CODES = List.of("management-lead", "technical-lead", "operation-lead");

    /** Their names in the alert. */
    static final Map<String, LocalizedText> LEVELS = levels();

    private final LevelWatchStore watch;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile PlateService plates;

    @Activate
    public MajorHazardLevelsRule(@Reference LevelWatchStore watch) {
        this.watch = watch;
    }

    private static Map<String, LocalizedText> levels() {
        Map<String, LocalizedText> levels = new HashMap<>();
        levels.put("management-lead", LocalizedText.of("管理层级负责人", "management lead"));
        levels.put("technical-lead", LocalizedText.of("技术层级负责人", "technical lead"));
        levels.put("operation-lead", LocalizedText.of("操作层级负责人", "operation lead"));
        return Map.copyOf(levels);
    }

    @Override
    public Set<String> topics() {
        return Set.of(PlateEvents.UPDATED, EnterpriseEvents.CREATED, EnterpriseEvents.UPDATED);
    }

    @Override
    public List<Alert> evaluate(SupervisionEvent event) {
        EnterpriseProfile enterprise = event.enterprise();
        if (enterprise == null) {
            return List.of();
        }
        if (!enterprise.hasFlag(EnterpriseFlag.MAJOR_HAZARD_SOURCE.name())) {
            watch.forget(enterprise.id());
            return List.of();
        }
        Optional<Set<String>> missing = missingLevels(event, enterprise.id());
        if (missing.isEmpty() || !watch.changed(enterprise.id(), missing.get())) {
            return List.of();
        }
        return List.of(alert(enterprise, missing.get()));
    }

    /** The levels the plate lacks: from a plate event's missing roles, else from the plates service; empty if unknown. */
    private Optional<Set<String>> missingLevels(SupervisionEvent event, long enterpriseId) {
        Object fromEvent = event.properties().get(PlateEvents.MISSING_ROLES);
        Collection<?> missingRoles = null;
        if (PlateEvents.UPDATED.equals(event.topic()) && fromEvent instanceof String[] array) {
            missingRoles = List.of(array);
        } else if (PlateEvents.UPDATED.equals(event.topic()) && fromEvent instanceof Collection<?> collection) {
            missingRoles = collection;
        } else {
            PlateService service = plates;
            if (service == null) {
                return Optional.empty();
            }
            missingRoles = service.plate(enterpriseId, DataScope.everything()).map(p -> p.missing()).orElse(null);
        }
        if (missingRoles == null) {
            return Optional.empty();
        }
        Set<String> missing = new LinkedHashSet<>();
        for (String level : LEVEL_CODES) {
            if (missingRoles.contains(level)) {
                missing.add(level);
            }
        }
        return Optional.of(missing);
    }

    static Alert alert(EnterpriseProfile enterprise, Set<String> missing) {
        List<String> ordered = new ArrayList<>(missing);
        String zh = ordered.stream().map(c -> LEVELS.get(c).zh()).collect(Collectors.joining("、"));
        String en = ordered.stream().map(c -> LEVELS.get(c).en()).collect(Collectors.joining(", "));
        Set<String> roles = new LinkedHashSet<>(List.of(Permissions.departmentRole(EmergencyDepartment.ID),
                Permissions.COMMITTEE_ROLE, Permissions.departmentRole(enterprise.department())));
        if (enterprise.secondDepartment() != null) {
            roles.add(Permissions.departmentRole(enterprise.secondDepartment()));
        }
        String name = enterprise.name();
        return new Alert(CODE, Alert.Level.WARNING,
                LocalizedText.of("重大危险源单位责任牌缺少层级负责人", "Major hazard source plate lacks its levels"),
                LocalizedText.of(name + " 是重大危险源单位，责任牌尚未明确：" + zh + "。请督促企业按三个层级落实责任人并公示。",
                        name + " has a major hazard source but its plate names no " + en
                                + ": see that the enterprise names all three levels and posts them."),
                roles, "#/enterprises/" + enterprise.id() + "/plate");
    }
}
