package org.safegrid.plates.print.internal.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.safegrid.plates.api.Plate;
import org.safegrid.plates.api.PlatePerson;
import org.safegrid.plates.api.RoleStatus;

/**
 * A required role of a plate with the people who hold it; no people means the role is missing (未明确).
 *
 * @param code the role code
 * @param name the role's Chinese name
 * @param persons the people holding it, in the plate's order
 */
public record RoleGroup(String code, String name, List<PlatePerson> persons) {

    /** The platform's roles in the order a plate lists them; a department's roles follow them. */
    static final List<String> PLATFORM_ORDER = List.of("regulator", "town-official", "enterprise-head",
            "special-regulator", "management-lead", "technical-lead", "operation-lead", "post-lead");
    /** The code of the role several key places, equipment or process steps each have one of. */
    public static final String POST_LEAD = "post-lead";

    private static final Map<String, Integer> RANK = rank();

    public RoleGroup {
        persons = List.copyOf(persons);
    }

    /** Whether nobody holds the role. */
    public boolean missing() {
        return persons.isEmpty();
    }

    /**
     * The required roles of a plate in print order: the three responsible persons, the special regulator, the three
     * levels, the post leads, then the roles departments add, in the plate's order. People holding a role the plate
     * no longer requires are left out, as the plate does not ask for them.
     */
    public static List<RoleGroup> of(Plate plate) {
        List<RoleStatus> roles = new ArrayList<>(plate.roles());
        roles.sort(Comparator.comparingInt(role -> RANK.getOrDefault(role.code(), PLATFORM_ORDER.size())));
        List<RoleGroup> groups = new ArrayList<>(roles.size());
        for (RoleStatus role : roles) {
            List<PlatePerson> holders = plate.persons().stream().filter(p -> role.code().equals(p.role())).toList();
            String name = role.name() == null || role.name().isBlank() ? role.code() : role.name();
            groups.add(new RoleGroup(role.code(), name, holders));
        }
        return groups;
    }

    /** The label of a person's role: the role name, and for a post lead the post in brackets. */
    public String label(PlatePerson person) {
        String post = person == null ? null : person.post();
        return post == null || post.isBlank() ? name : name + "（" + post.strip() + "）";
    }

    private static Map<String, Integer> rank() {
        Map<String, Integer> rank = new java.util.HashMap<>();
        for (int i = 0; i < PLATFORM_ORDER.size(); i++) {
            rank.put(PLATFORM_ORDER.get(i), i);
        }
        return Map.copyOf(rank);
    }
}
