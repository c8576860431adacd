package org.safegrid.enforcement.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.safegrid.enforcement.api.CaseState;

/**
 * An enforcement case in {@code SG_ENF_CASE}: the order, then each later step in its own embedded part. Which steps
 * may follow which is {@code CaseTransitions}' business; this class only holds them.
 */
@Entity(name = "EnfCase")
@Table(name = "SG_ENF_CASE")
public class CaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "ENTERPRISE_ID", nullable = false)
    private long enterpriseId;

    @Column(name = "ENTERPRISE_NAME", nullable = false, length = 200)
    private String enterpriseName;

    @Column(name = "DEPARTMENT", nullable = false, length = 32)
    private String department;

    @Column(name = "SECOND_DEPARTMENT", length = 32)
    private String secondDepartment;

    @Column(name = "VILLAGE", nullable = false, length = 40)
    private String village;

    @Column(name = "ACTING_DEPARTMENT", nullable = false, length = 32)
    private String actingDepartment;

    @Column(name = "INSPECTION_ID")
    private Long inspectionId;

    @Column(name = "VIOLATION_KIND", nullable = false, length = 60)
    private String violationKind;

    @Column(name = "DESCRIPTION", nullable = false, length = 2000)
    private String description;

    @Column(name = "STATE", nullable = false, length = 32)
    private String state;

    @Column(name = "DEADLINE", nullable = false)
    private LocalDate deadline;

    @Column(name = "OPENED_ON", nullable = false)
    private LocalDate openedOn;

    @Column(name = "OPENED_AT", nullable = false)
    private LocalDateTime openedAt;

    @Column(name = "OPENED_BY", nullable = false, length = 100)
    private String openedBy;

    @Column(name = "AGGRAVATED", nullable = false)
    private boolean aggravated;

    @Column(name = "REPEAT_OF_CASE_ID")
    private Long repeatOfCaseId;

    @Embedded
    private ReinspectionPart reinspection;

    @Embedded
    private PenaltyPart penalty;

    @Embedded
    private DailyPenaltyPart dailyPenalty;

    @Embedded
    private RectificationPart rectification;

    @Column(name = "CLOSED_AT")
    private LocalDateTime closedAt;

    protected CaseEntity() {
    }

    /** Step 1: a rectification order, opened by a user on a day of the town. */
    public CaseEntity(EnterpriseColumns enterprise, Long inspectionId, String violationKind, String description,
            LocalDate deadline, LocalDate openedOn, Instant openedAt, String openedBy) {
        enterprise(enterprise);
        this.actingDepartment = enterprise.actingDepartment();
        this.inspectionId = inspectionId;
        this.violationKind = violationKind;
        this.description = description;
        this.deadline = deadline;
        this.openedOn = openedOn;
        this.openedAt = Times.toDb(openedAt);
        this.openedBy = openedBy;
        this.state = CaseState.ORDERED.name();
    }

    /** Copies the enterprise's current name, departments and village (the acting department stays). */
    public void enterprise(EnterpriseColumns enterprise) {
        this.enterpriseId = enterprise.enterpriseId();
        this.enterpriseName = enterprise.name();
        this.department = enterprise.department();
        this.secondDepartment = enterprise.secondDepartment();
        this.village = enterprise.village();
    }

    /** Marks the case as repeating an earlier one (累犯从重). */
    public void repeats(long earlierCaseId) {
        this.repeatOfCaseId = earlierCaseId;
        this.aggravated = true;
    }

    public void aggravate() {
        this.aggravated = true;
    }

    public void state(CaseState next, Instant at) {
        this.state = next.name();
        if (next.closed()) {
            this.closedAt = Times.toDb(at);
        }
    }

    public void reinspection(ReinspectionPart part) {
        this.reinspection = part;
    }

    public void penalty(PenaltyPart part) {
        this.penalty = part;
    }

    public void dailyPenalty(DailyPenaltyPart part) {
        this.dailyPenalty = part;
    }

    public void rectification(RectificationPart part) {
        this.rectification = part;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public EnterpriseColumns getEnterprise() {
        return new EnterpriseColumns(enterpriseId, enterpriseName, department, secondDepartment, village,
                actingDepartment);
    }

    public Long getInspectionId() {
        return inspectionId;
    }

    public String getViolationKind() {
        return violationKind;
    }

    public String getDescription() {
        return description;
    }

    public CaseState getState() {
        return CaseState.valueOf(state);
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public Instant getOpenedAt() {
        return Times.fromDb(openedAt);
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public boolean isAggravated() {
        return aggravated;
    }

    public Long getRepeatOfCaseId() {
        return repeatOfCaseId;
    }

    /** The parts; null for a step not taken. */
    public ReinspectionPart getReinspection() {
        return reinspection == null || reinspection.date() == null ? null : reinspection;
    }

    public PenaltyPart getPenalty() {
        return penalty == null || penalty.toApi() == null ? null : penalty;
    }

    public DailyPenaltyPart getDailyPenalty() {
        return dailyPenalty == null || dailyPenalty.toApi() == null ? null : dailyPenalty;
    }

    public RectificationPart getRectification() {
        return rectification == null || rectification.toApi() == null ? null : rectification;
    }

    public Instant getClosedAt() {
        return Times.fromDb(closedAt);
    }
}
