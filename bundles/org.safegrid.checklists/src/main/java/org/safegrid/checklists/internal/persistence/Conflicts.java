package org.safegrid.checklists.internal.persistence;

import java.sql.SQLException;

import javax.persistence.EntityExistsException;

/** Tells a write that lost a race against another (a unique-key violation) from any other failure. */
public final class Conflicts {

    private Conflicts() {
    }

    /**
     * Whether the failure, or one of its causes (or a chained SQL exception), is a unique or primary key violation
     * (SQL state class 23), as Derby and PostgreSQL report it.
     */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EntityExistsException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && s.getSQLState().startsWith("23")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
