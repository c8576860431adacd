package org.safegrid.dept.agriculture.internal.model;

import java.math.BigDecimal;

/**
 * A validated reservoir or pond, as the service stores it. {@code capacity} is in 10,000 m³ (万立方米);
 * {@code managingUnit}, {@code enterpriseId} and {@code note} may be null.
 */
public record ReservoirData(String code, String name, String village, ReservoirKind kind, BigDecimal capacity,
        DamType damType, String managingUnit, Long enterpriseId, String responsible, String responsiblePhone,
        String note) {
}
