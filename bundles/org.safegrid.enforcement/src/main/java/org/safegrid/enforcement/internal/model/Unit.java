package org.safegrid.enforcement.internal.model;

import java.util.List;

/**
 * A department or a village as the zero-enforcement check names it.
 *
 * @param nameEn the English name, or null when none is known
 */
public record Unit(String id, String name, String nameEn) {

    /** The town's six departments (DOMAIN.md), in the order the registry lists them. */
    public static final List<Unit> TOWN_DEPARTMENTS = List.of(
            new Unit("emergency", "应急办", "Emergency Management Office"),
            new Unit("planning", "规建办", "Planning and Construction Office"),
            new Unit("economic", "经发办", "Economic Development Office"),
            new Unit("culture", "文服中心", "Culture Service Centre"),
            new Unit("agriculture", "农服中心", "Agricultural Service Centre"),
            new Unit("citymgmt", "城管大队", "City Management Brigade"));
}
