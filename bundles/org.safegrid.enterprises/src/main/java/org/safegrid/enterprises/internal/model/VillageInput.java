package org.safegrid.enterprises.internal.model;

/**
 * A village as a client sends it.
 *
 * @param code on create, the new code; on change, null or the code in the path
 * @param name its name, unique
 * @param active null keeps the current state (true for a new village)
 */
public record VillageInput(String code, String name, Boolean active) {
}
