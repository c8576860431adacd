package org.safegrid.plates.print.internal.model;

import java.util.List;
import java.util.Objects;

import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.plates.api.Plate;

/**
 * What a printed plate and the public page show: the plate, its enterprise, and the name of the enterprise's village.
 *
 * @param plate the plate
 * @param enterprise the enterprise it belongs to
 * @param villageName the village's name, or its code when the registry does not know it, or null when it has none
 */
public record PlateView(Plate plate, Enterprise enterprise, String villageName) {

    public PlateView {
        Objects.requireNonNull(plate, "plate");
        Objects.requireNonNull(enterprise, "enterprise");
    }

    /** The plate's roles in print order, each with its people. */
    public List<RoleGroup> groups() {
        return RoleGroup.of(plate);
    }

    /** The risk level's colour and words. */
    public RiskStyle risk() {
        return RiskStyle.of(enterprise.riskLevel());
    }
}
