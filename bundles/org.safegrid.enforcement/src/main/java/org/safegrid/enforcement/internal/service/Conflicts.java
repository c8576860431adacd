package org.safegrid.enforcement.internal.service;

import java.sql.SQLException;

import javax.persistence.EntityExistsException;
import javax.persistence.OptimisticLockException;

/** Tells a failed write that lost a race against another (a conflict, 409) from any other failure. */
final class Conflicts {

    private Conflicts() {
    }

    /**
     * Whether the failure, or one of its causes, is an optimistic-lock failure, a unique or primary key violation (SQL
     * state class 23), a serialization failure or deadlock (40001) or a lock timeout (Derby's 40XL1, 40XL2).
     */
    static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof EntityExistsException
                    || t.getClass().getName().endsWith(".OptimisticLockException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("23") || state.equals("40001") || state.startsWith("40XL")) {
                    return true;
                }
            }
        }
        return false;
    }
}
