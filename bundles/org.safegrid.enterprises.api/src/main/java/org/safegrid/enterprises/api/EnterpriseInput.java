package org.safegrid.enterprises.api;

import java.util.List;
import java.util.Set;

/**
 * What a client sends to register or change an enterprise. Every field is checked by the registry; a null collection
 * means an empty one.
 *
 * @param version on a change, the version the client last read (a stale one is refused with 409); ignored on create
 */
public record EnterpriseInput(String creditCode, String name, String address, String village, String sector,
        String department, String secondDepartment, Integer staffCount, EnterpriseStatus status, RiskLevel riskLevel,
        Set<EnterpriseFlag> flags, List<Contact> contacts, Long version) {
}
