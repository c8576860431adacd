package org.safegrid.enforcement.internal.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.safegrid.enforcement.api.Penalty;

/** Step 3 of a case, in the case's row; every column null until it is taken. */
@Embeddable
public class PenaltyPart {

    @Column(name = "PENALTY_AMOUNT", precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "PENALTY_LEGAL_BASIS", length = 500)
    private String legalBasis;

    @Column(name = "PENALTY_NOTE", length = 2000)
    private String note;

    @Column(name = "PENALTY_AGGRAVATED")
    private Boolean aggravated;

    @Column(name = "PENALTY_DECIDED_AT")
    private LocalDateTime decidedAt;

    @Column(name = "PENALTY_DECIDED_BY", length = 100)
    private String decidedBy;

    protected PenaltyPart() {
    }

    public PenaltyPart(BigDecimal amount, String legalBasis, String note, boolean aggravated, Instant decidedAt,
            String decidedBy) {
        this.amount = amount;
        this.legalBasis = legalBasis;
        this.note = note;
        this.aggravated = aggravated;
        this.decidedAt = Times.toDb(decidedAt);
        this.decidedBy = decidedBy;
    }

    public Instant decidedAt() {
        return Times.fromDb(decidedAt);
    }

    public Penalty toApi() {
        return amount == null
                ? null
                : new Penalty(amount, legalBasis, note, Boolean.TRUE.equals(aggravated), Times.fromDb(decidedAt),
                        decidedBy);
    }
}
