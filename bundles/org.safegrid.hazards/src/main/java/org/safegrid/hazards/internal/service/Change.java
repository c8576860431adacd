package org.safegrid.hazards.internal.service;

import org.safegrid.hazards.internal.lifecycle.HazardAction;
import org.safegrid.hazards.internal.persistence.HazardEntity;

/**
 * One change to a stored hazard, run by {@link HazardStore#change} inside its transaction: checks the hazard as it is
 * now, alters it and says what to record in the timeline. Throwing leaves everything as it was.
 */
@FunctionalInterface
interface Change {

    /** What the timeline records of a change. */
    record Entry(HazardAction action, String note, String evidence) {
    }

    Entry apply(HazardEntity hazard);
}
