package org.safegrid.dept.emergency.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A hazard at a dangerous-goods enterprise as its events told, in {@code SG_EMG_DG_HAZARD}. */
@Entity(name = "EmgDgHazard")
@Table(name = "SG_EMG_DG_HAZARD")
public class DgHazardEntity {

    @Id
    @Column(name = "HAZARD_ID")
    private Long hazardId;

    @Column(name = "ENTERPRISE_ID", nullable = false)
    private long enterpriseId;

    @Column(name = "ENTERPRISE_NAME", nullable = false, length = 200)
    private String enterpriseName;

    @Column(name = "SECTOR", nullable = false, length = 40)
    private String sector;

    @Column(name = "DEPARTMENT", nullable = false, length = 32)
    private String department;

    @Column(name = "SECOND_DEPARTMENT", length = 32)
    private String secondDepartment;

    @Column(name = "VILLAGE", length = 40)
    private String village;

    @Column(name = "HAZARD_LEVEL", nullable = false, length = 16)
    private String level;

    @Column(name = "STATE", nullable = false, length = 32)
    private String state;

    @Column(name = "REPORTED_ON", nullable = false)
    private LocalDate reportedOn;

    @Column(name = "DEADLINE")
    private LocalDate deadline;

    @Column(name = "CLOSED_ON")
    private LocalDate closedOn;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    public Long getHazardId() {
        return hazardId;
    }

    public void setHazardId(Long hazardId) {
        this.hazardId = hazardId;
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

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getSecondDepartment() {
        return secondDepartment;
    }

    public void setSecondDepartment(String secondDepartment) {
        this.secondDepartment = secondDepartment;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public void setReportedOn(LocalDate reportedOn) {
        this.reportedOn = reportedOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
