package org.safegrid.enforcement.internal.dto;

import java.math.BigDecimal;

/** The five fixes of a major hazard reported from an inspection, as {@code org.safegrid.hazards.api.FiveFixes}. */
public record FiveFixesInput(String responsiblePerson, String measures, BigDecimal funds, String deadline,
        String contingencyPlan) {
}
