package org.safegrid.plates.internal.roles;

import static org.safegrid.plates.internal.roles.PlatformRoles.ENTERPRISE_HEAD;
import static org.safegrid.plates.internal.roles.PlatformRoles.MANAGEMENT_LEAD;
import static org.safegrid.plates.internal.roles.PlatformRoles.OPERATION_LEAD;
import static org.safegrid.plates.internal.roles.PlatformRoles.POST_LEAD;
import static org.safegrid.plates.internal.roles.PlatformRoles.REGULATOR;
import static org.safegrid.plates.internal.roles.PlatformRoles.SPECIAL_REGULATOR;
import static org.safegrid.plates.internal.roles.PlatformRoles.TECHNICAL_LEAD;
import static org.safegrid.plates.internal.roles.PlatformRoles.TOWN_OFFICIAL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleContributor;
import org.safegrid.api.plate.PlateRoleRequirement;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.RiskLevel;

/**
 * Which roles a plate requires (measure 3), without any OSGi: the three responsible persons always; a special
 * regulator for high fire risk or special equipment; the three levels and post leads for red risk or a major hazard
 * source; then what the contributors of the enterprise's first regulating department add. A contribution that reuses a
 * platform code or a code already required, or a contributor that fails, is left out and reported as a problem; it
 * never fails the plate.
 */
public final class RoleRules {

    /**
     * A registered {@link PlateRoleContributor}.
     *
     * @param serviceId its service id, which names it in problems
     * @param department the value of its {@value PlateRoleContributor#DEPARTMENT_PROPERTY} property, or null
     */
    public record Contributor(long serviceId, String department, PlateRoleContributor contributor) {
    }

    /**
     * A contribution left out.
     *
     * @param key the same for the same mistake of the same contributor, whichever enterprise it was asked about
     * @param message what was left out and why
     * @param cause what the contributor threw, or null
     */
    public record Problem(String key, String message, Throwable cause) {
    }

    /**
     * The required roles in display order, and the contributions left out.
     *
     * @param contributedBy the service id of the contributor of each contributed role, by role code
     */
    public record Result(List<RequiredRole> roles, Map<String, Long> contributedBy, List<Problem> problems) {
        public Result {
            roles = List.copyOf(roles);
            contributedBy = Map.copyOf(contributedBy);
            problems = List.copyOf(problems);
        }
    }

    private RoleRules() {
    }

    /** The platform's own required roles for an enterprise. */
    public static List<RequiredRole> platformRoles(EnterpriseProfile enterprise) {
        List<RequiredRole> roles = new ArrayList<>();
        roles.add(PlatformRoles.role(REGULATOR));
        roles.add(PlatformRoles.role(TOWN_OFFICIAL));
        roles.add(PlatformRoles.role(ENTERPRISE_HEAD));
        if (enterprise.hasFlag(EnterpriseFlag.HIGH_FIRE_RISK.name())
                || enterprise.hasFlag(EnterpriseFlag.SPECIAL_EQUIPMENT.name())) {
            roles.add(PlatformRoles.role(SPECIAL_REGULATOR));
        }
        if (RiskLevel.RED.name().equals(enterprise.riskLevel())
                || enterprise.hasFlag(EnterpriseFlag.MAJOR_HAZARD_SOURCE.name())) {
            roles.add(PlatformRoles.role(MANAGEMENT_LEAD));
            roles.add(PlatformRoles.role(TECHNICAL_LEAD));
            roles.add(PlatformRoles.role(OPERATION_LEAD));
            roles.add(PlatformRoles.role(POST_LEAD));
        }
        return roles;
    }

    /**
     * Every required role of an enterprise.
     *
     * @param contributors all registered contributors, in the order they are asked; only those of the enterprise's
     *            first regulating department are
     */
    public static Result required(EnterpriseProfile enterprise, List<Contributor> contributors) {
        List<RequiredRole> roles = platformRoles(enterprise);
        List<Problem> problems = new ArrayList<>();
        Map<String, Long> contributedBy = new HashMap<>();
        String department = enterprise.department();
        if (department != null) {
            for (Contributor contributor : contributors) {
                if (department.equals(contributor.department())) {
                    contribute(enterprise, contributor, roles, contributedBy, problems);
                }
            }
        }
        return new Result(roles, contributedBy, problems);
    }

    private static void contribute(EnterpriseProfile enterprise, Contributor contributor, List<RequiredRole> roles,
            Map<String, Long> contributedBy, List<Problem> problems) {
        String who = "plate role contributor " + contributor.serviceId() + " of department "
                + contributor.department();
        List<PlateRoleRequirement> added;
        try {
            added = contributor.contributor().requiredRoles(enterprise);
        } catch (RuntimeException | LinkageError e) {
            problems.add(new Problem(contributor.serviceId() + ":threw:" + e.getClass().getName(),
                    who + " failed (" + e + "); its roles are left out", e));
            return;
        }
        if (added == null) {
            return;
        }
        for (PlateRoleRequirement requirement : added) {
            if (requirement == null) {
                problems.add(new Problem(contributor.serviceId() + ":null", who + " answered a null role; ignored",
                        null));
            } else if (PlateRoleRequirement.PLATFORM_ROLES.contains(requirement.code())
                    || PlatformRoles.isPlatform(requirement.code())) {
                problems.add(new Problem(contributor.serviceId() + ":platform:" + requirement.code(),
                        who + " contributed the platform role '" + requirement.code() + "'; ignored", null));
            } else if (contributedBy.putIfAbsent(requirement.code(), contributor.serviceId()) != null) {
                problems.add(new Problem(contributor.serviceId() + ":twice:" + requirement.code(),
                        who + " contributed the role '" + requirement.code()
                                + "', which is already contributed; ignored",
                        null));
            } else {
                roles.add(RequiredRole.of(requirement, contributor.department()));
            }
        }
    }
}
