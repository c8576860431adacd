package org.safegrid.enforcement.internal.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The validated data of each step a case may take after its order. */
public final class Steps {

    private Steps() {
    }

    /** Step 2. */
    public record Reinspect(LocalDate date, boolean rectified, String note) {
    }

    /** Step 3. */
    public record Penalise(BigDecimal amount, String legalBasis, String note) {
    }

    /** The refusal to rectify after the penalty. */
    public record StartDaily(BigDecimal amountPerDay, String legalBasis, LocalDate startsOn, String note) {
    }

    /** Rectified after a penalty. */
    public record Rectify(LocalDate date, String note) {
    }
}
