package org.safegrid.enterprises.internal.model;

import java.util.List;
import java.util.Set;

import org.safegrid.enterprises.api.Contact;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.RiskLevel;

/**
 * An enterprise as the validator lets it through: every field checked and normalised (credit code in capitals, texts
 * trimmed, blank optional texts null, codes that exist).
 */
public record EnterpriseData(String creditCode, String name, String address, String village, String sector,
        String department, String secondDepartment, int staffCount, EnterpriseStatus status, RiskLevel riskLevel,
        Set<EnterpriseFlag> flags, List<Contact> contacts) {

    public EnterpriseData {
        flags = Set.copyOf(flags);
        contacts = List.copyOf(contacts);
    }
}
