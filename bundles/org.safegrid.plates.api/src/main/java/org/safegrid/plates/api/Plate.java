package org.safegrid.plates.api;

import java.time.Instant;
import java.util.List;

/**
 * The responsibility plate of one enterprise.
 *
 * @param enterpriseId the enterprise's id
 * @param creditCode the enterprise's credit code, which also names its public page
 * @param enterpriseName the enterprise's name
 * @param roles the roles the plate requires, in display order, with how many people hold each
 * @param persons the people on the plate; a person may hold a role the plate no longer requires
 * @param missing the codes of required roles nobody holds
 * @param version the optimistic-lock version; 0 before the first change
 * @param updatedAt when the plate last changed, or null when it never did
 */
public record Plate(long enterpriseId, String creditCode, String enterpriseName, List<RoleStatus> roles,
        List<PlatePerson> persons, List<String> missing, long version, Instant updatedAt) {

    public Plate {
        roles = List.copyOf(roles);
        persons = List.copyOf(persons);
        missing = List.copyOf(missing);
    }

    /** Whether every required role is held. */
    public boolean complete() {
        return missing.isEmpty();
    }
}
