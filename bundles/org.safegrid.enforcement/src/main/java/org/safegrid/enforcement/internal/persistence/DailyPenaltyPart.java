package org.safegrid.enforcement.internal.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.safegrid.enforcement.api.DailyPenalty;

/** The daily continuing penalty of a case, in the case's row; every column null until it starts. */
@Embeddable
public class DailyPenaltyPart {

    @Column(name = "DAILY_AMOUNT", precision = 14, scale = 2)
    private BigDecimal amountPerDay;

    @Column(name = "DAILY_LEGAL_BASIS", length = 500)
    private String legalBasis;

    @Column(name = "DAILY_NOTE", length = 2000)
    private String note;

    @Column(name = "DAILY_STARTS_ON")
    private LocalDate startsOn;

    @Column(name = "DAILY_STOPPED_ON")
    private LocalDate stoppedOn;

    @Column(name = "DAILY_DECIDED_AT")
    private LocalDateTime decidedAt;

    @Column(name = "DAILY_DECIDED_BY", length = 100)
    private String decidedBy;

    protected DailyPenaltyPart() {
    }

    public DailyPenaltyPart(BigDecimal amountPerDay, String legalBasis, String note, LocalDate startsOn,
            Instant decidedAt, String decidedBy) {
        this.amountPerDay = amountPerDay;
        this.legalBasis = legalBasis;
        this.note = note;
        this.startsOn = startsOn;
        this.decidedAt = Times.toDb(decidedAt);
        this.decidedBy = decidedBy;
    }

    /** A copy stopped on the day (which still counts). */
    public DailyPenaltyPart stoppedOn(LocalDate day) {
        DailyPenaltyPart stopped = new DailyPenaltyPart();
        stopped.amountPerDay = amountPerDay;
        stopped.legalBasis = legalBasis;
        stopped.note = note;
        stopped.startsOn = startsOn;
        stopped.decidedAt = decidedAt;
        stopped.decidedBy = decidedBy;
        stopped.stoppedOn = day;
        return stopped;
    }

    public DailyPenalty toApi() {
        return amountPerDay == null
                ? null
                : new DailyPenalty(amountPerDay, legalBasis, note, startsOn, stoppedOn, Times.fromDb(decidedAt),
                        decidedBy);
    }
}
