package org.safegrid.hazards.internal.lifecycle;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.safegrid.hazards.api.HazardState;

/**
 * The hazard lifecycle as a pure state machine:
 *
 * <pre>
 * (new) --REPORT--> REPORTED --RECTIFY--> RECTIFYING --SUBMIT--> AWAITING_VERIFICATION --ACCEPT--> CLOSED
 *                                            ^                              |
 *                                            +------------REJECT------------+
 * RECORD_FIXES: in REPORTED and RECTIFYING, state unchanged
 * MARK_OVERDUE: in every state but CLOSED, state unchanged
 * CLOSE: never; only ACCEPT (a verification) reaches CLOSED
 * </pre>
 *
 * The guards that depend on more than the state (a major hazard's five fixes before {@code RECTIFY}, who may verify)
 * are {@code FiveFixesRule} and {@link VerificationRules}.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /**
     * The state after {@code action}, or empty when the action is not allowed in {@code from}.
     *
     * @param from the current state; null for a hazard not yet reported
     */
    public static Optional<HazardState> next(HazardState from, HazardAction action) {
        HazardState to = switch (action) {
            case REPORT -> from == null ? HazardState.REPORTED : null;
            case RECORD_FIXES -> from == HazardState.REPORTED || from == HazardState.RECTIFYING ? from : null;
            case RECTIFY -> from == HazardState.REPORTED ? HazardState.RECTIFYING : null;
            case SUBMIT -> from == HazardState.RECTIFYING ? HazardState.AWAITING_VERIFICATION : null;
            case ACCEPT -> from == HazardState.AWAITING_VERIFICATION ? HazardState.CLOSED : null;
            case REJECT -> from == HazardState.AWAITING_VERIFICATION ? HazardState.RECTIFYING : null;
            case CLOSE -> null;
            case MARK_OVERDUE -> from != null && from != HazardState.CLOSED ? from : null;
        };
        return Optional.ofNullable(to);
    }

    /** Whether the action is allowed in the state. */
    public static boolean allows(HazardState from, HazardAction action) {
        return next(from, action).isPresent();
    }

    /** The actions allowed in a state. */
    public static Set<HazardAction> allowed(HazardState from) {
        Set<HazardAction> actions = EnumSet.noneOf(HazardAction.class);
        for (HazardAction action : HazardAction.values()) {
            if (allows(from, action)) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** The states a hazard is still open in: every state but {@code CLOSED}. */
    public static Set<HazardState> openStates() {
        return EnumSet.complementOf(EnumSet.of(HazardState.CLOSED));
    }
}
