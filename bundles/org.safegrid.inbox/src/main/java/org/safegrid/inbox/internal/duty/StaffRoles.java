package org.safegrid.inbox.internal.duty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.safegrid.api.module.Permissions;

/**
 * What a user's roles make of them here: the layers they are on and the units (departments, villages) they belong
 * to. A department or village layer counts only together with a unit role.
 *
 * @param layers the layers the user is on
 * @param departments their department ids, sorted
 * @param villages their village codes, sorted
 */
public record StaffRoles(Set<DutyLayer> layers, List<String> departments, List<String> villages) {

    public StaffRoles {
        layers = layers.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(layers));
        departments = List.copyOf(departments);
        villages = List.copyOf(villages);
    }

    public static StaffRoles of(Set<String> roles) {
        Set<String> departments = new TreeSet<>();
        Set<String> villages = new TreeSet<>();
        for (String role : roles) {
            if (role.startsWith(Permissions.DEPARTMENT_ROLE_PREFIX)) {
                departments.add(role.substring(Permissions.DEPARTMENT_ROLE_PREFIX.length()));
            } else if (role.startsWith(Permissions.VILLAGE_ROLE_PREFIX)) {
                villages.add(role.substring(Permissions.VILLAGE_ROLE_PREFIX.length()));
            }
        }
        boolean hasUnit = !departments.isEmpty() || !villages.isEmpty();
        Set<DutyLayer> layers = EnumSet.noneOf(DutyLayer.class);
        for (DutyLayer layer : DutyLayer.values()) {
            if (roles.contains(layer.role()) && (hasUnit || !layer.needsUnit())) {
                layers.add(layer);
            }
        }
        return new StaffRoles(layers, new ArrayList<>(departments), new ArrayList<>(villages));
    }

    /** Whether the user owes duties of this kind. */
    public boolean owes(DutyKind kind) {
        return layers.contains(kind.layer());
    }

    /** The kinds the user owes, in declaration order. */
    public List<DutyKind> kinds() {
        return java.util.Arrays.stream(DutyKind.values()).filter(this::owes).toList();
    }

    /** The department an entry of this layer is filed under: the first of the user's, or none. */
    public String departmentFor(DutyLayer layer) {
        return layer.needsUnit() && !departments.isEmpty() ? departments.get(0) : null;
    }

    /** The village an entry of this layer is filed under: the first of the user's, or none. */
    public String villageFor(DutyLayer layer) {
        return layer.needsUnit() && !villages.isEmpty() ? villages.get(0) : null;
    }

    /** Whether the user heads this department ({@code head} together with {@code dept-<id>}). */
    public boolean headsDepartment(String department) {
        return layers.contains(DutyLayer.HEAD) && departments.contains(department);
    }

    /** Whether the user heads this village ({@code head} together with {@code village-<code>}). */
    public boolean headsVillage(String village) {
        return layers.contains(DutyLayer.HEAD) && villages.contains(village);
    }
}
