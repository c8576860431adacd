package org.safegrid.plates.print.internal.pdf;

import java.util.ArrayList;
import java.util.List;

import org.safegrid.plates.api.PlatePerson;
import org.safegrid.plates.print.internal.model.RoleGroup;

/**
 * One line of the printed table. The printed plate hangs at the enterprise, so phone numbers print in full.
 *
 * @param role the role, with the post for a post lead
 * @param name the person's name, or {@value #MISSING}
 * @param position the position
 * @param phone the phone number
 * @param missing whether nobody holds the role
 */
record TableRow(String role, String name, String position, String phone, boolean missing) {

    static final String MISSING = "未明确";
    static final String NONE = "—";

    /** The rows of the roles in print order: one per person, one for a role nobody holds. */
    static List<TableRow> of(List<RoleGroup> groups) {
        List<TableRow> rows = new ArrayList<>();
        for (RoleGroup group : groups) {
            if (group.missing()) {
                rows.add(new TableRow(group.name(), MISSING, NONE, NONE, true));
            }
            for (PlatePerson person : group.persons()) {
                rows.add(new TableRow(group.label(person), orNone(person.name()), orNone(person.position()),
                        orNone(person.phone()), false));
            }
        }
        return rows;
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value.strip();
    }
}
