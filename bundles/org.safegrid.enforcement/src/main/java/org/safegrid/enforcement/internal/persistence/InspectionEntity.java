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

import org.safegrid.enforcement.api.ComplianceSnapshot;

/**
 * An inspection in {@code SG_ENF_INSPECTION}, with the enterprise's columns copied in and the compliance snapshot
 * stored as it stood (all its columns null when the checklists were not available).
 */
@Entity(name = "EnfInspection")
@Table(name = "SG_ENF_INSPECTION")
public class InspectionEntity {

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

    @Column(name = "ACTING_DEPARTMENT", nullable = false, length = 32)
    private String actingDepartment;

    @Column(name = "KIND", nullable = false, length = 16)
    private String kind;

    @Column(name = "INSPECTED_ON", nullable = false)
    private LocalDate inspectedOn;

    @Column(name = "INSPECTORS", nullable = false, length = 500)
    private String inspectors;

    @Column(name = "FINDINGS", nullable = false, length = 4000)
    private String findings;

    @Column(name = "COMPLIANCE_FROM")
    private LocalDate complianceFrom;

    @Column(name = "COMPLIANCE_TO")
    private LocalDate complianceTo;

    @Column(name = "DAILY_OWED")
    private Integer dailyOwed;

    @Column(name = "DAILY_DONE")
    private Integer dailyDone;

    @Column(name = "WEEKLY_OWED")
    private Integer weeklyOwed;

    @Column(name = "WEEKLY_DONE")
    private Integer weeklyDone;

    @Column(name = "MONTHLY_OWED")
    private Integer monthlyOwed;

    @Column(name = "MONTHLY_DONE")
    private Integer monthlyDone;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 100)
    private String createdBy;

    protected InspectionEntity() {
    }

    public InspectionEntity(EnterpriseColumns enterprise, String kind, LocalDate inspectedOn, String inspectors,
            String findings) {
        this.enterpriseId = enterprise.enterpriseId();
        this.enterpriseName = enterprise.name();
        this.department = enterprise.department();
        this.secondDepartment = enterprise.secondDepartment();
        this.village = enterprise.village();
        this.actingDepartment = enterprise.actingDepartment();
        this.kind = kind;
        this.inspectedOn = inspectedOn;
        this.inspectors = inspectors;
        this.findings = findings;
    }

    public void compliance(ComplianceSnapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        complianceFrom = snapshot.from();
        complianceTo = snapshot.to();
        dailyOwed = snapshot.daily().owed();
        dailyDone = snapshot.daily().done();
        weeklyOwed = snapshot.weekly().owed();
        weeklyDone = snapshot.weekly().done();
        monthlyOwed = snapshot.monthly().owed();
        monthlyDone = snapshot.monthly().done();
    }

    public void created(String user, Instant at) {
        this.createdBy = user;
        this.createdAt = Times.toDb(at);
    }

    /** The stored snapshot, or null when none was taken. */
    public ComplianceSnapshot getCompliance() {
        if (complianceFrom == null || dailyOwed == null) {
            return null;
        }
        return ComplianceSnapshot.of(complianceFrom, complianceTo, tally(dailyOwed, dailyDone),
                tally(weeklyOwed, weeklyDone), tally(monthlyOwed, monthlyDone));
    }

    private static ComplianceSnapshot.Tally tally(Integer owed, Integer done) {
        return ComplianceSnapshot.Tally.of(owed == null ? 0 : owed, done == null ? 0 : done);
    }

    public Long getId() {
        return id;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public String getDepartment() {
        return department;
    }

    public String getSecondDepartment() {
        return secondDepartment;
    }

    public String getVillage() {
        return village;
    }

    public String getActingDepartment() {
        return actingDepartment;
    }

    public String getKind() {
        return kind;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public String getInspectors() {
        return inspectors;
    }

    public String getFindings() {
        return findings;
    }

    public Instant getCreatedAt() {
        return Times.fromDb(createdAt);
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
