package org.safegrid.dept.emergency.internal.persistence;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The levels a major hazard source's plate lacked when the rule last alerted, in {@code SG_EMG_LEVEL_WATCH}. */
@Entity(name = "EmgLevelWatch")
@Table(name = "SG_EMG_LEVEL_WATCH")
public class LevelWatchEntity {

    @Id
    @Column(name = "ENTERPRISE_ID")
    private Long enterpriseId;

    /** Sorted role codes, comma-separated. */
    @Column(name = "MISSING", nullable = false, length = 200)
    private String missing;

    @Column(name = "ALERTED_AT", nullable = false)
    private LocalDateTime alertedAt;

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getMissing() {
        return missing;
    }

    public void setMissing(String missing) {
        this.missing = missing;
    }

    public LocalDateTime getAlertedAt() {
        return alertedAt;
    }

    public void setAlertedAt(LocalDateTime alertedAt) {
        this.alertedAt = alertedAt;
    }
}
