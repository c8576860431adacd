package org.safegrid.plates.internal.dto;

import java.time.Instant;
import java.util.List;

import org.safegrid.plates.api.PlatePerson;

/**
 * A plate as the REST API answers it: the {@code Plate} record with {@code complete} and {@code editable}, and the
 * duty standard of each role.
 *
 * @param editable whether the caller may change the plate
 */
public record PlateView(long enterpriseId, String creditCode, String enterpriseName, List<RoleView> roles,
        List<PlatePerson> persons, List<String> missing, boolean complete, long version, Instant updatedAt,
        boolean editable) {
}
