package org.safegrid.dept.planning.internal.common;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;

/** Who created a row and when, and who changed it last and when (local time of the town). */
@MappedSuperclass
public abstract class Audited {

    @Column(name = "CREATED_BY", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "UPDATED_BY", length = 100)
    private String updatedBy;

    @Column(name = "UPDATED_AT")
    private LocalDateTime updatedAt;

    /** Marks the row as created now by {@code user}. */
    public void created(String user, LocalDateTime at) {
        this.createdBy = user;
        this.createdAt = at;
    }

    /** Marks the row as changed now by {@code user}. */
    public void updated(String user, LocalDateTime at) {
        this.updatedBy = user;
        this.updatedAt = at;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
