package org.safegrid.plates.internal.roles;

import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.plate.PlateRoleRequirement;

/**
 * A role a plate requires, with where the requirement comes from.
 *
 * @param code the role code
 * @param name the role's name in Chinese and English
 * @param multiple whether several people may hold it
 * @param source {@value PlatformRoles#SOURCE}, or the id of the department whose plug-in requires it
 */
public record RequiredRole(String code, LocalizedText name, boolean multiple, String source) {

    public static RequiredRole of(PlateRoleRequirement requirement, String source) {
        return new RequiredRole(requirement.code(), requirement.name(), requirement.multiple(), source);
    }

    public PlateRoleRequirement requirement() {
        return new PlateRoleRequirement(code, name, multiple);
    }
}
