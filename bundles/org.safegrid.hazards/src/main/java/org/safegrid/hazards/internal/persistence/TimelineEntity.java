package org.safegrid.hazards.internal.persistence;

import java.time.Instant;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.lifecycle.HazardAction;

/** One entry of a hazard's timeline in {@code SG_HAZ_TIMELINE}: who did what, when, with a note and evidence. */
@Entity(name = HazardsUnit.TIMELINE)
@Table(name = "SG_HAZ_TIMELINE")
public class TimelineEntity {

    @Id
    @SequenceGenerator(name = "SG_HAZ_TIMELINE_SEQ", sequenceName = "SG_HAZ_TIMELINE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SG_HAZ_TIMELINE_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "HAZARD_ID", nullable = false)
    private long hazardId;

    @Column(name = "CHANGED_AT", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "USER_NAME", nullable = false, length = 100)
    private String user;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION_CODE", nullable = false, length = 24)
    private HazardAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATE", length = 24)
    private HazardState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATE", nullable = false, length = 24)
    private HazardState toState;

    @Column(name = "NOTE", length = 1000)
    private String note;

    @Column(name = "EVIDENCE", length = 1000)
    private String evidence;

    protected TimelineEntity() {
    }

    public TimelineEntity(long hazardId, Instant at, String user, HazardAction action, HazardState fromState,
            HazardState toState, String note, String evidence) {
        this.hazardId = hazardId;
        this.changedAt = Times.toDb(at);
        this.user = user;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.note = note;
        this.evidence = evidence;
    }

    public Long getId() {
        return id;
    }

    public long getHazardId() {
        return hazardId;
    }

    public Instant getChangedAt() {
        return Times.fromDb(changedAt);
    }

    public String getUser() {
        return user;
    }

    public HazardAction getAction() {
        return action;
    }

    public HazardState getFromState() {
        return fromState;
    }

    public HazardState getToState() {
        return toState;
    }

    public String getNote() {
        return note;
    }

    public String getEvidence() {
        return evidence;
    }
}
