package org.safegrid.hazards.internal.model;

import org.safegrid.hazards.api.Hazard;

/**
 * A hazard as stored, with what the API record leaves out.
 *
 * @param hazard the hazard as other bundles see it
 * @param secondDepartment the enterprise's second regulating department (copied from the registry), or null
 */
public record HazardRecord(Hazard hazard, String secondDepartment) {
}
