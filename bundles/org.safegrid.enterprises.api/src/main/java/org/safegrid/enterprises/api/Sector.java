package org.safegrid.enterprises.api;

/**
 * A sector (行业) of enterprises, for example hazardous chemicals or construction.
 *
 * @param code a stable code of lower-case letters, digits and hyphens
 * @param name the Chinese name
 * @param nameEn the English name
 * @param department the department that usually regulates it, or null; a default for new enterprises only
 * @param active whether new enterprises may be put in it
 */
public record Sector(String code, String name, String nameEn, String department, boolean active) {
}
