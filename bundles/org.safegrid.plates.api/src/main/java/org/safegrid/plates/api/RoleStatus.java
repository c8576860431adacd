package org.safegrid.plates.api;

/**
 * A required role of a plate and whether it is filled.
 *
 * @param code the role code
 * @param name the Chinese name
 * @param nameEn the English name
 * @param multiple whether several people may hold it
 * @param source {@code platform}, or the id of the department whose plug-in requires it
 * @param count how many people on the plate hold it
 */
public record RoleStatus(String code, String name, String nameEn, boolean multiple, String source, int count) {

    /** Whether at least one person holds the role. */
    public boolean filled() {
        return count > 0;
    }
}
