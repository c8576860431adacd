package org.safegrid.enforcement.internal.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.safegrid.enforcement.api.CaseAction;
import org.safegrid.enforcement.api.CaseState;

/**
 * The closed loop as a state machine: which step a case may take in which state, and where it leads.
 *
 * <pre>
 * ORDERED                   ─ REINSPECTED (rectified) ────→ REINSPECTED_RECTIFIED (closed)
 * ORDERED                   ─ REINSPECTED (not rectified) → REINSPECTED_NOT_RECTIFIED
 * REINSPECTED_NOT_RECTIFIED ─ PENALTY_DECIDED ───────────→ PENALISED
 * PENALISED                 ─ DAILY_PENALTY_STARTED ─────→ DAILY_PENALTY
 * PENALISED, DAILY_PENALTY  ─ RECTIFIED ─────────────────→ RECTIFIED (closed)
 * </pre>
 *
 * A case is opened in {@code ORDERED} ({@link CaseAction#ORDER_ISSUED}); {@link CaseAction#REPEAT_FLAGGED} is a note
 * on the timeline, never a step a client takes.
 */
public final class CaseTransitions {

    private CaseTransitions() {
    }

    /** The states in which the action may be taken; empty for actions no client takes on an open case. */
    public static Set<CaseState> from(CaseAction action) {
        return switch (action) {
            case REINSPECTED -> EnumSet.of(CaseState.ORDERED);
            case PENALTY_DECIDED -> EnumSet.of(CaseState.REINSPECTED_NOT_RECTIFIED);
            case DAILY_PENALTY_STARTED -> EnumSet.of(CaseState.PENALISED);
            case RECTIFIED -> EnumSet.of(CaseState.PENALISED, CaseState.DAILY_PENALTY);
            case ORDER_ISSUED, REPEAT_FLAGGED -> EnumSet.noneOf(CaseState.class);
        };
    }

    /**
     * Where the action leads from the state, or empty when it is not allowed there.
     *
     * @param rectified the re-inspection's result; only read for {@link CaseAction#REINSPECTED}
     */
    public static Optional<CaseState> next(CaseState state, CaseAction action, boolean rectified) {
        if (!from(action).contains(state)) {
            return Optional.empty();
        }
        return Optional.of(switch (action) {
            case REINSPECTED -> rectified ? CaseState.REINSPECTED_RECTIFIED : CaseState.REINSPECTED_NOT_RECTIFIED;
            case PENALTY_DECIDED -> CaseState.PENALISED;
            case DAILY_PENALTY_STARTED -> CaseState.DAILY_PENALTY;
            case RECTIFIED -> CaseState.RECTIFIED;
            case ORDER_ISSUED, REPEAT_FLAGGED -> throw new IllegalStateException(action.name());
        });
    }
}
