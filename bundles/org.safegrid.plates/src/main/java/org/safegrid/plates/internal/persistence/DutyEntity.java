package org.safegrid.plates.internal.persistence;

import java.time.Instant;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** The duty standard (履职标准) of a role, in {@code SG_PLT_DUTY}. */
@Entity(name = "PltDuty")
@Table(name = "SG_PLT_DUTY")
public class DutyEntity {

    @Id
    @Column(name = "ROLE_CODE", length = 40)
    private String role;

    @Column(name = "DUTY", nullable = false, length = 2000)
    private String duty;

    @Column(name = "DUTY_EN", length = 2000)
    private String dutyEn;

    @Column(name = "UPDATED_AT")
    private LocalDateTime updatedAt;

    @Column(name = "UPDATED_BY", length = 100)
    private String updatedBy;

    protected DutyEntity() {
    }

    public DutyEntity(String role) {
        this.role = role;
    }

    public void change(String duty, String dutyEn, String user, Instant at) {
        this.duty = duty;
        this.dutyEn = dutyEn;
        this.updatedBy = user;
        this.updatedAt = Times.toDb(at);
    }

    public String getRole() {
        return role;
    }

    public String getDuty() {
        return duty;
    }

    public String getDutyEn() {
        return dutyEn;
    }

    public Instant getUpdatedAt() {
        return Times.fromDb(updatedAt);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
