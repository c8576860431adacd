package org.safegrid.plates.internal.persistence;

import java.time.Instant;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A plate in {@code SG_PLT_PLATE}: one row per enterprise that ever had its plate changed, holding the optimistic-lock
 * version (no row means version 0).
 */
@Entity(name = "PltPlate")
@Table(name = "SG_PLT_PLATE")
public class PlateEntity {

    @Id
    @Column(name = "ENTERPRISE_ID")
    private Long enterpriseId;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "UPDATED_AT")
    private LocalDateTime updatedAt;

    @Column(name = "UPDATED_BY", length = 100)
    private String updatedBy;

    protected PlateEntity() {
    }

    public PlateEntity(long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return Times.fromDb(updatedAt);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void updated(String user, Instant at) {
        this.updatedBy = user;
        this.updatedAt = Times.toDb(at);
    }
}
