package org.safegrid.enterprises.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An enterprise or place as the registry holds it.
 *
 * @param id the registry's id
 * @param creditCode the 18-character unified social credit code (统一社会信用代码), unique
 * @param name the registered name
 * @param address the address
 * @param village the code of the village (community) it lies in
 * @param sector the code of its sector
 * @param department the id of the regulating department
 * @param secondDepartment the id of a second regulating department, or null
 * @param staffCount the number of staff, zero or more
 * @param small whether it is a small enterprise (fewer than {@value #SMALL_BELOW} staff); derived, never stored
 * @param status operating, suspended or closed
 * @param riskLevel its risk level
 * @param flags above-scale, major hazard source, high fire risk, special equipment
 * @param contacts people to call
 * @param version the optimistic-lock version; send it back when changing the enterprise
 * @param createdAt when it was registered
 * @param updatedAt when it last changed
 */
public record Enterprise(long id, String creditCode, String name, String address, String village, String sector,
        String department, String secondDepartment, int staffCount, boolean small, EnterpriseStatus status,
        RiskLevel riskLevel, Set<EnterpriseFlag> flags, List<Contact> contacts, long version, Instant createdAt,
        Instant updatedAt) {

    /** Enterprises with fewer staff than this are small (小微企业), which measure 1 singles out. */
    public static final int SMALL_BELOW = 30;

    public Enterprise {
        flags = Set.copyOf(flags);
        contacts = List.copyOf(contacts);
    }

    /** Whether an enterprise with this many staff is small. */
    public static boolean isSmall(int staffCount) {
        return staffCount < SMALL_BELOW;
    }
}
