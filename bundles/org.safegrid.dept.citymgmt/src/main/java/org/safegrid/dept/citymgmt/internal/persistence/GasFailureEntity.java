package org.safegrid.dept.citymgmt.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A failed gas-alarm item of a restaurant's daily checklist in {@code SG_CTY_GAS_FAILURE}, one per submission. */
@Entity(name = "CtyGasFailure")
@Table(name = "SG_CTY_GAS_FAILURE")
public class GasFailureEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ENTERPRISE_ID", nullable = false)
    private Long enterpriseId;

    @Column(name = "ENTERPRISE_NAME", length = 200)
    private String enterpriseName;

    @Column(name = "VILLAGE", length = 40)
    private String village;

    @Column(name = "SUBMISSION_ID", nullable = false)
    private Long submissionId;

    @Column(name = "FAILED_ON", nullable = false)
    private LocalDate failedOn;

    @Column(name = "RECORDED_AT", nullable = false)
    private LocalDateTime recordedAt;

    public Long getId() {
        return id;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public void setEnterpriseName(String enterpriseName) {
        this.enterpriseName = enterpriseName;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public void setSubmissionId(Long submissionId) {
        this.submissionId = submissionId;
    }

    public LocalDate getFailedOn() {
        return failedOn;
    }

    public void setFailedOn(LocalDate failedOn) {
        this.failedOn = failedOn;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(LocalDateTime recordedAt) {
        this.recordedAt = recordedAt;
    }

}
