package org.safegrid.enterprises.internal.persistence;

import java.sql.SQLException;

import javax.persistence.OptimisticLockException;

/** Reads what went wrong from the exceptions JPA and JDBC throw. */
public final class DatabaseErrors {

    /** SQL state of a unique-index or primary-key violation (Derby and PostgreSQL alike). */
    static final String UNIQUE_VIOLATION = "23505";

    private DatabaseErrors() {
    }

    /**
     * Whether the failure is a unique-index violation: for an enterprise, another one with the same credit code saved
     * in the meantime (batched statements report it in a chained exception).
     */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Whether the failure is an optimistic-lock conflict: someone changed the row since it was read. */
    public static boolean isOptimisticLock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // JPA's exception, or EclipseLink's own of the same name that it sometimes throws unwrapped
            if (t instanceof OptimisticLockException
                    || "OptimisticLockException".equals(t.getClass().getSimpleName())) {
                return true;
            }
        }
        return false;
    }
}
