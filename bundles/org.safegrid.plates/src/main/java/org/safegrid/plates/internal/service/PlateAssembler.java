package org.safegrid.plates.internal.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safegrid.plates.api.Plate;
import org.safegrid.plates.api.PlatePerson;
import org.safegrid.plates.api.RoleStatus;
import org.safegrid.plates.internal.model.StoredPlate;
import org.safegrid.plates.internal.roles.RequiredRole;

/** Puts a plate together from the roles it requires and the people stored on it; no I/O. */
public final class PlateAssembler {

    private PlateAssembler() {
    }

    public static Plate plate(long enterpriseId, String creditCode, String name, List<RequiredRole> required,
            StoredPlate stored) {
        Map<String, Integer> counts = new HashMap<>();
        for (PlatePerson person : stored.persons()) {
            counts.merge(person.role(), 1, Integer::sum);
        }
        List<RoleStatus> roles = required.stream()
                .map(r -> new RoleStatus(r.code(), r.name().zh(), r.name().en(), r.multiple(), r.source(),
                        counts.getOrDefault(r.code(), 0)))
                .toList();
        return new Plate(enterpriseId, creditCode, name, roles, stored.persons(), missing(required, counts),
                stored.version(), stored.updatedAt());
    }

    /** The codes of the required roles nobody holds, in display order. */
    public static List<String> missing(List<RequiredRole> required, Map<String, Integer> counts) {
        List<String> missing = new ArrayList<>();
        for (RequiredRole role : required) {
            if (counts == null || counts.getOrDefault(role.code(), 0) == 0) {
                missing.add(role.code());
            }
        }
        return missing;
    }
}
