package org.safegrid.enforcement.internal.persistence;

import java.time.Instant;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.safegrid.enforcement.api.CaseAction;
import org.safegrid.enforcement.api.CaseState;
import org.safegrid.enforcement.api.CaseStep;

/** One entry of a case's timeline in {@code SG_ENF_STEP}. */
@Entity(name = "EnfStep")
@Table(name = "SG_ENF_STEP")
public class StepEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CASE_ID", nullable = false)
    private long caseId;

    @Column(name = "ACTION", nullable = false, length = 32)
    private String action;

    @Column(name = "STATE", nullable = false, length = 32)
    private String state;

    @Column(name = "STEP_AT", nullable = false)
    private LocalDateTime at;

    @Column(name = "STEP_BY", nullable = false, length = 100)
    private String by;

    @Column(name = "SUMMARY", length = 500)
    private String summary;

    @Column(name = "NOTE", length = 2000)
    private String note;

    protected StepEntity() {
    }

    public StepEntity(long caseId, CaseAction action, CaseState state, Instant at, String by, String summary,
            String note) {
        this.caseId = caseId;
        this.action = action.name();
        this.state = state.name();
        this.at = Times.toDb(at);
        this.by = by;
        this.summary = summary;
        this.note = note;
    }

    public CaseStep toApi() {
        return new CaseStep(id, caseId, CaseAction.valueOf(action), CaseState.valueOf(state), Times.fromDb(at), by,
                summary, note);
    }
}
