package org.safegrid.inbox.internal.persistence;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** That a user read an alert, in {@code SG_INB_ALERT_READ}; one per alert and user. */
@Entity(name = "InbAlertRead")
@Table(name = "SG_INB_ALERT_READ")
public class AlertReadEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ALERT_ID", nullable = false)
    private long alertId;

    @Column(name = "USERNAME", nullable = false, length = 64)
    private String username;

    /** UTC. */
    @Column(name = "READ_AT", nullable = false)
    private LocalDateTime readAt;

    public AlertReadEntity() {
    }

    public AlertReadEntity(long alertId, String username, LocalDateTime readAt) {
        this.alertId = alertId;
        this.username = username;
        this.readAt = readAt;
    }

    public Long getId() {
        return id;
    }

    public long getAlertId() {
        return alertId;
    }

    public String getUsername() {
        return username;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }
}
