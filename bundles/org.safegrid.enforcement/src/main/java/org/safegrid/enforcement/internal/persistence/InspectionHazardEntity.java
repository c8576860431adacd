package org.safegrid.enforcement.internal.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A hazard reported from an inspection's findings, in {@code SG_ENF_INSPECTION_HAZARD}. */
@Entity(name = "EnfInspectionHazard")
@Table(name = "SG_ENF_INSPECTION_HAZARD")
@IdClass(InspectionHazardEntity.Key.class)
public class InspectionHazardEntity {

    @Id
    @Column(name = "INSPECTION_ID")
    private long inspectionId;

    @Id
    @Column(name = "HAZARD_ID")
    private long hazardId;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 100)
    private String createdBy;

    protected InspectionHazardEntity() {
    }

    public InspectionHazardEntity(long inspectionId, long hazardId, Instant at, String user) {
        this.inspectionId = inspectionId;
        this.hazardId = hazardId;
        this.createdAt = Times.toDb(at);
        this.createdBy = user;
    }

    public long getHazardId() {
        return hazardId;
    }

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long inspectionId;
        private long hazardId;

        public Key() {
        }

        public Key(long inspectionId, long hazardId) {
            this.inspectionId = inspectionId;
            this.hazardId = hazardId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.inspectionId == inspectionId && k.hazardId == hazardId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(inspectionId) * 31 + Long.hashCode(hazardId);
        }
    }
}
