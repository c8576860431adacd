package org.safegrid.dept.planning.internal.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A week a construction site missed its weekly self-inspection, in {@code SG_PLN_MISSED_WEEK}. */
@Entity(name = "PlnMissedWeek")
@Table(name = "SG_PLN_MISSED_WEEK")
public class MissedWeekEntity {

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

    @Column(name = "VILLAGE", length = 40)
    private String village;

    @Column(name = "TEMPLATE_CODE", nullable = false, length = 60)
    private String templateCode;

    @Column(name = "PERIOD_KEY", nullable = false, length = 20)
    private String periodKey;

    @Column(name = "PERIOD_END", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "RECORDED_AT", nullable = false)
    private LocalDateTime recordedAt;

    public Long getId() {
        return id;
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

    public String getTemplateCode() {
        return templateCode;
    }

    public void setTemplateCode(String templateCode) {
        this.templateCode = templateCode;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public void setPeriodKey(String periodKey) {
        this.periodKey = periodKey;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(LocalDateTime recordedAt) {
        this.recordedAt = recordedAt;
    }
}
