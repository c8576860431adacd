package org.safegrid.checklists.internal.model;

import java.util.Set;

/**
 * Who writes a custom template: an administrator writes for any department, a department user (role
 * {@code dept-<id>}) for their own departments only.
 */
public record Author(String user, boolean admin, Set<String> departments) {

    public Author {
        departments = Set.copyOf(departments);
    }

    /** Whether the author may write templates at all. */
    public boolean writes() {
        return admin || !departments.isEmpty();
    }

    /** Whether the author may write and change templates of this department. */
    public boolean writesFor(String department) {
        return admin || departments.contains(department);
    }
}
