package org.safegrid.inbox.internal.persistence;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A role an alert is addressed to, in {@code SG_INB_ALERT_ROLE}, with the alert's time copied in: the inbox reads the
 * index (role, created at) and never scans the alerts.
 */
@Entity(name = "InbAlertRole")
@Table(name = "SG_INB_ALERT_ROLE")
public class AlertRoleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ALERT_ID", nullable = false)
    private long alertId;

    @Column(name = "ROLE", nullable = false, length = 64)
    private String role;

    /** UTC, the alert's. */
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    public AlertRoleEntity() {
    }

    public AlertRoleEntity(long alertId, String role, LocalDateTime createdAt) {
        this.alertId = alertId;
        this.role = role;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getAlertId() {
        return alertId;
    }

    public String getRole() {
        return role;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
