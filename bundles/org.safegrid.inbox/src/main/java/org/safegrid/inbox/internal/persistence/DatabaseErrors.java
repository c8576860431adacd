package org.safegrid.inbox.internal.persistence;

import java.sql.SQLException;

/** Reads what went wrong from the exceptions JPA and JDBC throw. */
public final class DatabaseErrors {

    /** SQL state of a unique-index or primary-key violation (Derby and PostgreSQL alike). */
    static final String UNIQUE_VIOLATION = "23505";

    private DatabaseErrors() {
    }

    /** Whether the failure is a unique-index violation, for example a second entry for the same period. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
