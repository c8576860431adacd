package org.safegrid.plates.internal.persistence;

import java.time.Instant;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One change to a plate's people in {@code SG_PLT_HISTORY}: a person added or removed, or one field changed. */
@Entity(name = "PltHistory")
@Table(name = "SG_PLT_HISTORY")
public class HistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ENTERPRISE_ID", nullable = false)
    private long enterpriseId;

    @Column(name = "CHANGED_AT", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "CHANGED_BY", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "ROLE_CODE", nullable = false, length = 40)
    private String role;

    @Column(name = "PERSON_ID")
    private Long personId;

    @Column(name = "PERSON_NAME", length = 50)
    private String personName;

    @Column(name = "FIELD_NAME", nullable = false, length = 20)
    private String field;

    @Column(name = "OLD_VALUE", length = 100)
    private String oldValue;

    @Column(name = "NEW_VALUE", length = 100)
    private String newValue;

    protected HistoryEntity() {
    }

    public HistoryEntity(long enterpriseId, Instant at, String user, String role, Long personId, String personName,
            String field, String oldValue, String newValue) {
        this.enterpriseId = enterpriseId;
        this.changedAt = Times.toDb(at);
        this.changedBy = user;
        this.role = role;
        this.personId = personId;
        this.personName = personName;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public Long getId() {
        return id;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public Instant getChangedAt() {
        return Times.fromDb(changedAt);
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getRole() {
        return role;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getPersonName() {
        return personName;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
