package org.safegrid.enforcement.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.safegrid.enforcement.api.RepeatOffender;

/** A repeat offence in {@code SG_ENF_REPEAT}, with the enterprise's columns copied in. */
@Entity(name = "EnfRepeat")
@Table(name = "SG_ENF_REPEAT")
public class RepeatEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

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

    @Column(name = "VIOLATION_KIND", nullable = false, length = 60)
    private String violationKind;

    @Column(name = "CASE_ID", nullable = false)
    private long caseId;

    @Column(name = "EARLIER_CASE_ID", nullable = false)
    private long earlierCaseId;

    @Column(name = "FLAGGED_AT", nullable = false)
    private LocalDateTime flaggedAt;

    @Column(name = "WINDOW_END", nullable = false)
    private LocalDate windowEnd;

    protected RepeatEntity() {
    }

    public RepeatEntity(EnterpriseColumns enterprise, String violationKind, long caseId, long earlierCaseId,
            Instant flaggedAt, LocalDate windowEnd) {
        this.enterpriseId = enterprise.enterpriseId();
        this.enterpriseName = enterprise.name();
        this.department = enterprise.department();
        this.secondDepartment = enterprise.secondDepartment();
        this.village = enterprise.village();
        this.violationKind = violationKind;
        this.caseId = caseId;
        this.earlierCaseId = earlierCaseId;
        this.flaggedAt = Times.toDb(flaggedAt);
        this.windowEnd = windowEnd;
    }

    public LocalDate getWindowEnd() {
        return windowEnd;
    }

    public RepeatOffender toApi(LocalDate today) {
        return new RepeatOffender(id, enterpriseId, enterpriseName, department, secondDepartment, village,
                violationKind, caseId, earlierCaseId, Times.fromDb(flaggedAt), windowEnd, !windowEnd.isBefore(today));
    }
}
