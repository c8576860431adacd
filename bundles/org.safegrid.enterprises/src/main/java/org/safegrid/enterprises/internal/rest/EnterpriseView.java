package org.safegrid.enterprises.internal.rest;

import java.time.Instant;
import java.util.List;

import org.safegrid.enterprises.api.Contact;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.RiskLevel;

/** An enterprise as the REST API shows it: the registry's record and whether the caller may change it. */
public record EnterpriseView(long id, String creditCode, String name, String address, String village, String sector,
        String department, String secondDepartment, int staffCount, boolean small, EnterpriseStatus status,
        RiskLevel riskLevel, List<EnterpriseFlag> flags, List<Contact> contacts, long version, Instant createdAt,
        Instant updatedAt, boolean editable) {

    static EnterpriseView of(Enterprise e, boolean editable) {
        return new EnterpriseView(e.id(), e.creditCode(), e.name(), e.address(), e.village(), e.sector(),
                e.department(), e.secondDepartment(), e.staffCount(), e.small(), e.status(), e.riskLevel(),
                e.flags().stream().sorted().toList(), e.contacts(), e.version(), e.createdAt(), e.updatedAt(),
                editable);
    }
}
