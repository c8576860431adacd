package org.safegrid.hazards.internal.lifecycle;

import java.util.Optional;

import org.safegrid.api.security.DataScope;

/**
 * Who may verify (accept or reject) a hazard: an administrator, the committee office, or staff of a department that
 * regulates the enterprise (first or second regulating department), and never the person who reported it. Village
 * users report hazards but do not verify them.
 */
public final class VerificationRules {

    /** Why a verification is refused. */
    public enum Refusal {
        /** The caller's roles do not allow verifying hazards of this enterprise (403). */
        NOT_VERIFIER,
        /** The caller reported the hazard (409). */
        OWN_HAZARD
    }

    private VerificationRules() {
    }

    /**
     * @param scope the caller's data scope
     * @param department the enterprise's regulating department
     * @param secondDepartment its second regulating department, or null
     * @param reportedBy who reported the hazard
     * @param user the caller
     * @return empty when the caller may verify
     */
    public static Optional<Refusal> check(DataScope scope, String department, String secondDepartment,
            String reportedBy, String user) {
        boolean regulator = scope.all() || scope.departments().contains(department)
                || (secondDepartment != null && scope.departments().contains(secondDepartment));
        if (!regulator) {
            return Optional.of(Refusal.NOT_VERIFIER);
        }
        if (user == null || user.equals(reportedBy)) {
            return Optional.of(Refusal.OWN_HAZARD);
        }
        return Optional.empty();
    }

    /** Whether the caller may verify: {@link #check} finds nothing against it. */
    public static boolean mayVerify(DataScope scope, String department, String secondDepartment, String reportedBy,
            String user) {
        return check(scope, department, secondDepartment, reportedBy, user).isEmpty();
    }
}
