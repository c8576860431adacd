package org.safegrid.enterprises.internal.model;

/**
 * A department an enterprise may name as its regulator.
 *
 * @param id the department id, as in the role {@code dept-<id>}
 * @param name the Chinese name
 * @param nameEn the English name
 * @param installed whether the department's module is running now
 */
public record KnownDepartment(String id, String name, String nameEn, boolean installed) {
}
