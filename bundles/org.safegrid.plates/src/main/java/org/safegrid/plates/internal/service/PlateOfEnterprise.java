package org.safegrid.plates.internal.service;

import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.plates.api.Plate;

/** A plate with the profile of its enterprise, for lists that need both. */
public record PlateOfEnterprise(Plate plate, EnterpriseProfile profile) {
}
