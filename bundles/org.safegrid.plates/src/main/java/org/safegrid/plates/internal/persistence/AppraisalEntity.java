package org.safegrid.plates.internal.persistence;

import java.time.Instant;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * An appraisal (考核) of a person on a plate for one period, in {@code SG_PLT_APPRAISAL}. The person's role and name
 * are copied in, so the record outlives the person's removal from the plate.
 */
@Entity(name = "PltAppraisal")
@Table(name = "SG_PLT_APPRAISAL")
public class AppraisalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "PERSON_ID", nullable = false)
    private long personId;

    @Column(name = "ENTERPRISE_ID", nullable = false)
    private long enterpriseId;

    @Column(name = "ROLE_CODE", nullable = false, length = 40)
    private String role;

    @Column(name = "PERSON_NAME", nullable = false, length = 50)
    private String personName;

    @Column(name = "PERIOD", nullable = false, length = 7)
    private String period;

    @Column(name = "SCORE", nullable = false)
    private int score;

    @Column(name = "RESULT", nullable = false, length = 16)
    private String result;

    @Column(name = "FOLLOW_UP", nullable = false, length = 16)
    private String followUp;

    @Column(name = "NOTE", length = 500)
    private String note;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 100)
    private String createdBy;

    protected AppraisalEntity() {
    }

    public AppraisalEntity(long enterpriseId, long personId, String role, String personName) {
        this.enterpriseId = enterpriseId;
        this.personId = personId;
        this.role = role;
        this.personName = personName;
    }

    public void assess(String period, int score, String result, String followUp, String note) {
        this.period = period;
        this.score = score;
        this.result = result;
        this.followUp = followUp;
        this.note = note;
    }

    public void created(String user, Instant at) {
        this.createdBy = user;
        this.createdAt = Times.toDb(at);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public String getRole() {
        return role;
    }

    public String getPersonName() {
        return personName;
    }

    public String getPeriod() {
        return period;
    }

    public int getScore() {
        return score;
    }

    public String getResult() {
        return result;
    }

    public String getFollowUp() {
        return followUp;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return Times.fromDb(createdAt);
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
