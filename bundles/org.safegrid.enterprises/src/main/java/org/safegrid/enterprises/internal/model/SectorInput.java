package org.safegrid.enterprises.internal.model;

/**
 * A sector as a client sends it.
 *
 * @param code on create, the new code; on change, null or the code in the path
 * @param name the Chinese name, unique
 * @param nameEn the English name
 * @param department the department that usually regulates it, or null
 * @param active null keeps the current state (true for a new sector)
 */
public record SectorInput(String code, String name, String nameEn, String department, Boolean active) {
}
