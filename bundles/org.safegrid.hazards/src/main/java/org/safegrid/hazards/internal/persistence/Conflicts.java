package org.safegrid.hazards.internal.persistence;

import javax.persistence.OptimisticLockException;

/** Tells a write that lost a race against another (someone changed the hazard first) from any other failure. */
public final class Conflicts {

    private Conflicts() {
    }

    /** Whether the failure, or one of its causes, is an optimistic-lock failure (JPA's or EclipseLink's own). */
    public static boolean isOptimisticLock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t.getClass().getName().endsWith(".OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
