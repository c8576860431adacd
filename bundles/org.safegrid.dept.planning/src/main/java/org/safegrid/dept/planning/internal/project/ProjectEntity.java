package org.safegrid.dept.planning.internal.project;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.safegrid.dept.planning.internal.common.Audited;

/** A construction project (在建项目) in {@code SG_PLN_PROJECT}. */
@Entity(name = "PlnProject")
@Table(name = "SG_PLN_PROJECT")
public class ProjectEntity extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "ENTERPRISE_ID", nullable = false)
    private long enterpriseId;

    @Column(name = "ENTERPRISE_NAME", nullable = false, length = 200)
    private String enterpriseName;

    @Column(name = "ADDRESS", nullable = false, length = 200)
    private String address;

    @Column(name = "PERMIT_NUMBER", length = 50)
    private String permitNumber;

    @Column(name = "START_DATE", nullable = false)
    private LocalDate startDate;

    @Column(name = "PLANNED_END", nullable = false)
    private LocalDate plannedEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "PHASE", nullable = false, length = 20)
    private ProjectPhase phase;

    @Column(name = "SAFETY_OFFICER", nullable = false, length = 50)
    private String safetyOfficer;

    @Column(name = "SAFETY_OFFICER_PHONE", nullable = false, length = 30)
    private String safetyOfficerPhone;

    @Column(name = "ALERTED_ON")
    private LocalDate alertedOn;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public void setEnterpriseName(String enterpriseName) {
        this.enterpriseName = enterpriseName;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPermitNumber() {
        return permitNumber;
    }

    public void setPermitNumber(String permitNumber) {
        this.permitNumber = permitNumber;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public ProjectPhase getPhase() {
        return phase;
    }

    public void setPhase(ProjectPhase phase) {
        this.phase = phase;
    }

    public String getSafetyOfficer() {
        return safetyOfficer;
    }

    public void setSafetyOfficer(String safetyOfficer) {
        this.safetyOfficer = safetyOfficer;
    }

    public String getSafetyOfficerPhone() {
        return safetyOfficerPhone;
    }

    public void setSafetyOfficerPhone(String safetyOfficerPhone) {
        this.safetyOfficerPhone = safetyOfficerPhone;
    }

    public LocalDate getAlertedOn() {
        return alertedOn;
    }

    public void setAlertedOn(LocalDate alertedOn) {
        this.alertedOn = alertedOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
