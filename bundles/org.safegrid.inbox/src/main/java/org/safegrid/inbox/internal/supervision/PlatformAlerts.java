package org.safegrid.inbox.internal.supervision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.module.Permissions;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.supervision.Alert;
import org.safegrid.hazards.api.HazardEvents;
import org.safegrid.inbox.internal.events.EventProperties;

/**
 * The platform's own alerts, whatever the departments' rules say:
 * <ul>
 * <li>a hazard past its deadline ({@code org/safegrid/hazard/OVERDUE}): a WARNING;</li>
 * <li>a major hazard reported ({@code org/safegrid/hazard/CREATED} with level MAJOR): CRITICAL;</li>
 * </ul>
 * each to the regulating departments ({@code dept-<id>}, the second one too) and the committee office.
 */
public final class PlatformAlerts {

    public static final String HAZARD_OVERDUE = "hazard-overdue";
    public static final String MAJOR_HAZARD = "major-hazard-reported";

    /** Hazard event properties beyond {@link HazardEvents}' that the hazards bundle adds. */
    static final String SECOND_DEPARTMENT = "secondDepartment";
    static final String DEADLINE = "deadline";
    /** {@code HazardLevel.MAJOR} as the events carry it; a constant, so the bundle needs no hazards package. */
    static final String MAJOR = "MAJOR";

    private PlatformAlerts() {
    }

    /** The alerts the event raises; the enterprise may be null when the registry does not know it. */
    public static List<Alert> of(String topic, Map<String, Object> properties, EnterpriseProfile enterprise) {
        boolean overdue = HazardEvents.OVERDUE.equals(topic);
        boolean major = HazardEvents.CREATED.equals(topic)
                && MAJOR.equals(EventProperties.text(properties, HazardEvents.LEVEL));
        if (!overdue && !major) {
            return List.of();
        }
        Long hazardId = EventProperties.id(properties, HazardEvents.HAZARD_ID);
        Set<String> roles = roles(properties, enterprise);
        String id = hazardId == null ? "?" : hazardId.toString();
        String link = hazardId == null ? null : "#/hazards/" + hazardId;
        String zhName = enterprise == null ? "企业 " + properties.get(HazardEvents.ENTERPRISE_ID) : enterprise.name();
        String enName = enterprise == null
                ? "enterprise " + properties.get(HazardEvents.ENTERPRISE_ID)
                : enterprise.name();
        if (overdue) {
            String deadline = EventProperties.text(properties, DEADLINE);
            String zhDeadline = deadline == null ? "" : "（" + deadline + "）";
            String enDeadline = deadline == null ? "" : " (" + deadline + ")";
            return List.of(new Alert(HAZARD_OVERDUE, Alert.Level.WARNING, LocalizedText.of("隐患逾期未整改",
                    "Hazard overdue"),
                    LocalizedText.of(zhName + "的隐患 #" + id + " 已超过整改期限" + zhDeadline + "，请督促整改并跟踪销号。",
                            "Hazard #" + id + " at " + enName + " is past its rectification deadline" + enDeadline
                                    + "; follow up until it is rectified and closed."),
                    roles, link));
        }
        return List.of(new Alert(MAJOR_HAZARD, Alert.Level.CRITICAL, LocalizedText.of("重大隐患上报",
                "Major hazard reported"),
                LocalizedText.of(zhName + "上报了重大隐患 #" + id + "，须落实责任、措施、资金、时限和预案（五落实）后方可整改。",
                        "A major hazard #" + id + " was reported at " + enName + "; rectification may start once its"
                                + " five fixes are recorded: responsibility, measures, funds, deadline and"
                                + " contingency plan."),
                roles, link));
    }

    private static Set<String> roles(Map<String, Object> properties, EnterpriseProfile enterprise) {
        Set<String> roles = new LinkedHashSet<>();
        String department = EventProperties.text(properties, HazardEvents.DEPARTMENT);
        String second = EventProperties.text(properties, SECOND_DEPARTMENT);
        if (department == null && enterprise != null) {
            department = enterprise.department();
        }
        if (second == null && enterprise != null) {
            second = enterprise.secondDepartment();
        }
        if (department != null) {
            roles.add(Permissions.departmentRole(department));
        }
        if (second != null) {
            roles.add(Permissions.departmentRole(second));
        }
        roles.add(Permissions.COMMITTEE_ROLE);
        return roles;
    }
}
