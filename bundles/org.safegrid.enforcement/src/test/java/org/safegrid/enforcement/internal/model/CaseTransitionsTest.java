package org.safegrid.enforcement.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safegrid.enforcement.api.CaseAction;
import org.safegrid.enforcement.api.CaseState;

/** Every (state, action) pair of the closed loop: the allowed ones and where they lead, and every refused one. */
class CaseTransitionsTest {

    /** The whole table: state → action → next state (absent: refused). */
    private static Map<CaseState, Map<CaseAction, CaseState>> table() {
        Map<CaseState, Map<CaseAction, CaseState>> t = new EnumMap<>(CaseState.class);
        for (CaseState s : CaseState.values()) {
            t.put(s, new EnumMap<>(CaseAction.class));
        }
        t.get(CaseState.ORDERED).put(CaseAction.REINSPECTED, CaseState.REINSPECTED_NOT_RECTIFIED);
        t.get(CaseState.REINSPECTED_NOT_RECTIFIED).put(CaseAction.PENALTY_DECIDED, CaseState.PENALISED);
        t.get(CaseState.PENALISED).put(CaseAction.DAILY_PENALTY_STARTED, CaseState.DAILY_PENALTY);
        t.get(CaseState.PENALISED).put(CaseAction.RECTIFIED, CaseState.RECTIFIED);
        t.get(CaseState.DAILY_PENALTY).put(CaseAction.RECTIFIED, CaseState.RECTIFIED);
        return t;
    }

    @Test
    void everyPairIsAllowedOrRefusedAsTheTableSays() {
        Map<CaseState, Map<CaseAction, CaseState>> table = table();
        int allowed = 0;
        for (CaseState state : CaseState.values()) {
            for (CaseAction action : CaseAction.values()) {
                Optional<CaseState> next = CaseTransitions.next(state, action, false);
                CaseState expected = table.get(state).get(action);
                assertEquals(Optional.ofNullable(expected), next, state + " + " + action);
                assertEquals(expected != null, CaseTransitions.from(action).contains(state), state + " + " + action);
                allowed += expected == null ? 0 : 1;
            }
        }
        assertEquals(5, allowed);
    }

    @Test
    void reinspectionLeadsByItsResult() {
        assertEquals(Optional.of(CaseState.REINSPECTED_RECTIFIED),
                CaseTransitions.next(CaseState.ORDERED, CaseAction.REINSPECTED, true));
        assertEquals(Optional.of(CaseState.REINSPECTED_NOT_RECTIFIED),
                CaseTransitions.next(CaseState.ORDERED, CaseAction.REINSPECTED, false));
    }

    @Test
    void closedStatesAllowNothing() {
        for (CaseState closed : new CaseState[]{CaseState.REINSPECTED_RECTIFIED, CaseState.RECTIFIED}) {
            assertTrue(closed.closed());
            for (CaseAction action : CaseAction.values()) {
                assertTrue(CaseTransitions.next(closed, action, true).isEmpty(), closed + " + " + action);
            }
        }
    }

    @Test
    void penaltyNeedsAFailedReinspectionAndDailyPenaltyNeedsAPenalty() {
        assertTrue(CaseTransitions.next(CaseState.ORDERED, CaseAction.PENALTY_DECIDED, false).isEmpty());
        assertTrue(CaseTransitions.next(CaseState.ORDERED, CaseAction.DAILY_PENALTY_STARTED, false).isEmpty());
        assertTrue(CaseTransitions.next(CaseState.REINSPECTED_NOT_RECTIFIED, CaseAction.DAILY_PENALTY_STARTED, false)
                .isEmpty());
        assertTrue(CaseTransitions.next(CaseState.REINSPECTED_NOT_RECTIFIED, CaseAction.RECTIFIED, false).isEmpty());
        assertTrue(CaseTransitions.next(CaseState.DAILY_PENALTY, CaseAction.DAILY_PENALTY_STARTED, false).isEmpty());
        assertTrue(CaseTransitions.next(CaseState.PENALISED, CaseAction.PENALTY_DECIDED, false).isEmpty());
        assertFalse(CaseState.DAILY_PENALTY.closed());
    }
}
