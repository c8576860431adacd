package org.safegrid.api.plate;

import java.util.Set;

import org.safegrid.api.module.LocalizedText;

/**
 * A role a plate must name.
 *
 * @param code a stable code of lower-case letters, digits and hyphens, for example {@code safety-officer}
 * @param name the role's name as the plate shows it
 * @param multiple whether the plate may name several people in this role (like post leads) or exactly one
 */
public record PlateRoleRequirement(String code, LocalizedText name, boolean multiple) {

    /** The role codes of the platform's own rules; a contributor may not redefine them. */
    public static final Set<String> PLATFORM_ROLES = Set.of("regulator", "town-official", "enterprise-head",
            "special-regulator", "management-lead", "technical-lead", "operation-lead", "post-lead");

    public PlateRoleRequirement {
        if (code == null || !code.matches("[a-z][a-z0-9-]{1,39}")) {
            throw new IllegalArgumentException("role code must be 2-40 lower-case letters, digits or hyphens: " + code);
        }
        if (name == null) {
            throw new IllegalArgumentException("role " + code + " needs a name");
        }
    }

    /** One person in this role. */
    public static PlateRoleRequirement single(String code, LocalizedText name) {
        return new PlateRoleRequirement(code, name, false);
    }
}
