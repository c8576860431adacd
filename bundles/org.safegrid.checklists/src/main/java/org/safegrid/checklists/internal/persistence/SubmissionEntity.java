package org.safegrid.checklists.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A filled checklist, in {@code SG_CHK_SUBMISSION}: one per enterprise, template and period (a unique key), with the
 * template version it was filled against.
 */
@Entity(name = "ChkSubmission")
@Table(name = "SG_CHK_SUBMISSION")
public class SubmissionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ENTERPRISE_ID", nullable = false)
    private long enterpriseId;

    @Column(name = "TEMPLATE_CODE", nullable = false, length = 60)
    private String templateCode;

    @Column(name = "TEMPLATE_VERSION", nullable = false)
    private int templateVersion;

    @Column(name = "CADENCE", nullable = false, length = 10)
    private String cadence;

    @Column(name = "PERIOD_KEY", nullable = false, length = 10)
    private String periodKey;

    @Column(name = "PERIOD_START", nullable = false)
    private LocalDate periodStart;

    @Column(name = "PERIOD_END", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "FAILED_ITEMS", nullable = false)
    private int failedItems;

    @Column(name = "SUBMITTED_AT", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "SUBMITTED_BY", nullable = false, length = 100)
    private String submittedBy;

    protected SubmissionEntity() {
    }

    public SubmissionEntity(long enterpriseId, String templateCode, int templateVersion) {
        this.enterpriseId = enterpriseId;
        this.templateCode = templateCode;
        this.templateVersion = templateVersion;
    }

    public void period(String cadence, String key, LocalDate start, LocalDate end) {
        this.cadence = cadence;
        this.periodKey = key;
        this.periodStart = start;
        this.periodEnd = end;
    }

    public void submitted(String user, Instant at, int failedItems) {
        this.submittedBy = user;
        this.submittedAt = Times.toDb(at);
        this.failedItems = failedItems;
    }

    public Long getId() {
        return id;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public String getCadence() {
        return cadence;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public int getFailedItems() {
        return failedItems;
    }

    public Instant getSubmittedAt() {
        return Times.fromDb(submittedAt);
    }

    public String getSubmittedBy() {
        return submittedBy;
    }
}
