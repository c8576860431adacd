package org.safegrid.enterprises.api;

import java.util.Set;

/**
 * A filter over the registry; null or empty parts do not filter. All given parts must match.
 *
 * @param text matched case-insensitively against the name, the credit code and the address
 * @param village a village code
 * @param department a department id, matching the first or the second regulating department
 * @param sector a sector code
 * @param riskLevel a risk level
 * @param status a status
 * @param flags flags the enterprise must all have
 * @param small whether only small (true) or only not-small (false) enterprises
 * @param page the page, from 0
 * @param size the page size, 1 to {@value #MAX_SIZE}
 * @param sort {@code name}, {@code creditCode}, {@code riskLevel}, {@code staffCount} or {@code updatedAt}, with a
 *            leading {@code -} for descending; null sorts by name
 */
public record EnterpriseQuery(String text, String village, String department, String sector, RiskLevel riskLevel,
        EnterpriseStatus status, Set<EnterpriseFlag> flags, Boolean small, int page, int size, String sort) {

    public static final int MAX_SIZE = 200;

    public EnterpriseQuery {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    /** No filter, the first page of 20. */
    public static EnterpriseQuery all() {
        return new EnterpriseQuery(null, null, null, null, null, null, Set.of(), null, 0, 20, null);
    }
}
