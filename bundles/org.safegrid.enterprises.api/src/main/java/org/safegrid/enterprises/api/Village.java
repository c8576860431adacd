package org.safegrid.enterprises.api;

/**
 * A village or community (村/社区), the grid unit of the town. Village users hold the role {@code village-<code>}.
 *
 * @param code a stable code of lower-case letters, digits and hyphens
 * @param name its name, for example 白市驿村
 * @param active whether new enterprises may be put in it; an inactive village keeps its enterprises
 */
public record Village(String code, String name, boolean active) {
}
