package org.safegrid.hazards.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safegrid.hazards.api.HazardState.AWAITING_VERIFICATION;
import static org.safegrid.hazards.api.HazardState.CLOSED;
import static org.safegrid.hazards.api.HazardState.RECTIFYING;
import static org.safegrid.hazards.api.HazardState.REPORTED;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safegrid.hazards.api.HazardEvents;
import org.safegrid.hazards.api.HazardState;

/** Every state (and "not yet reported") against every action: exactly the allowed ones lead anywhere. */
class LifecycleTest {

    /** The whole table of allowed transitions; everything else is refused. */
    static final Map<String, HazardState> ALLOWED = new HashMap<>();

    static {
        ALLOWED.put(key(null, HazardAction.REPORT), REPORTED);
        ALLOWED.put(key(REPORTED, HazardAction.RECORD_FIXES), REPORTED);
        ALLOWED.put(key(RECTIFYING, HazardAction.RECORD_FIXES), RECTIFYING);
        ALLOWED.put(key(REPORTED, HazardAction.RECTIFY), RECTIFYING);
        ALLOWED.put(key(RECTIFYING, HazardAction.SUBMIT), AWAITING_VERIFICATION);
        ALLOWED.put(key(AWAITING_VERIFICATION, HazardAction.ACCEPT), CLOSED);
        ALLOWED.put(key(AWAITING_VERIFICATION, HazardAction.REJECT), RECTIFYING);
        ALLOWED.put(key(REPORTED, HazardAction.MARK_OVERDUE), REPORTED);
        ALLOWED.put(key(RECTIFYING, HazardAction.MARK_OVERDUE), RECTIFYING);
        ALLOWED.put(key(AWAITING_VERIFICATION, HazardAction.MARK_OVERDUE), AWAITING_VERIFICATION);
    }

    static String key(HazardState state, HazardAction action) {
        return state + "/" + action;
    }

    static List<HazardState> statesAndNew() {
        List<HazardState> states = new ArrayList<>();
        states.add(null);
        states.addAll(List.of(HazardState.values()));
        return states;
    }

    @Test
    void everyPairIsAllowedExactlyAsTheTableSays() {
        int allowed = 0;
        for (HazardState state : statesAndNew()) {
            for (HazardAction action : HazardAction.values()) {
                Optional<HazardState> next = Lifecycle.next(state, action);
                HazardState expected = ALLOWED.get(key(state, action));
                assertEquals(Optional.ofNullable(expected), next, key(state, action));
                assertEquals(expected != null, Lifecycle.allows(state, action), key(state, action));
                allowed += next.isPresent() ? 1 : 0;
            }
        }
        assertEquals(ALLOWED.size(), allowed);
    }

    @Test
    void closingIsNeverAllowedDirectly() {
        for (HazardState state : statesAndNew()) {
            assertFalse(Lifecycle.allows(state, HazardAction.CLOSE), String.valueOf(state));
        }
    }

    @Test
    void onlyAcceptanceReachesClosed() {
        for (HazardState state : statesAndNew()) {
            for (HazardAction action : HazardAction.values()) {
                if (Lifecycle.next(state, action).orElse(null) == CLOSED) {
                    assertEquals(HazardAction.ACCEPT, action);
                    assertEquals(AWAITING_VERIFICATION, state);
                }
            }
        }
    }

    @Test
    void aClosedHazardTakesNoActionAtAll() {
        assertTrue(Lifecycle.allowed(CLOSED).isEmpty());
    }

    @Test
    void theActionsOfEachState() {
        assertEquals(EnumSet.of(HazardAction.RECORD_FIXES, HazardAction.RECTIFY, HazardAction.MARK_OVERDUE),
                Lifecycle.allowed(REPORTED));
        assertEquals(EnumSet.of(HazardAction.RECORD_FIXES, HazardAction.SUBMIT, HazardAction.MARK_OVERDUE),
                Lifecycle.allowed(RECTIFYING));
        assertEquals(EnumSet.of(HazardAction.ACCEPT, HazardAction.REJECT, HazardAction.MARK_OVERDUE),
                Lifecycle.allowed(AWAITING_VERIFICATION));
        assertEquals(EnumSet.of(REPORTED, RECTIFYING, AWAITING_VERIFICATION), Lifecycle.openStates());
    }

    @Test
    void eachActionPublishesItsTopic() {
        assertEquals(HazardEvents.CREATED, HazardAction.REPORT.topic());
        assertEquals(HazardEvents.FIXES_RECORDED, HazardAction.RECORD_FIXES.topic());
        assertEquals(HazardEvents.RECTIFYING, HazardAction.RECTIFY.topic());
        assertEquals(HazardEvents.AWAITING_VERIFICATION, HazardAction.SUBMIT.topic());
        assertEquals(HazardEvents.CLOSED, HazardAction.ACCEPT.topic());
        assertEquals(HazardEvents.REJECTED, HazardAction.REJECT.topic());
        assertEquals(HazardEvents.OVERDUE, HazardAction.MARK_OVERDUE.topic());
        assertEquals(null, HazardAction.CLOSE.topic());
    }
}
