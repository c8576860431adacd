package org.safegrid.plates.internal.dto;

import java.util.List;

/**
 * The body of {@code PUT /api/plates/{enterpriseId}}: the whole list of people, replacing the current one.
 *
 * @param version the plate's version as the client read it (0 for a plate never changed)
 * @param persons every person the plate names, in display order; empty clears the plate
 */
public record PlateInput(Long version, List<PersonInput> persons) {
}
