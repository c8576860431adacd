package org.safegrid.checklists.internal.persistence;

import java.time.Instant;
import java.time.LocalDateTime;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/**
 * A photo of an item of a submission, in {@code SG_CHK_PHOTO}. Lists read it through projections without
 * {@code DATA} (without weaving, a lazy basic attribute is loaded anyway).
 */
@Entity(name = "ChkPhoto")
@Table(name = "SG_CHK_PHOTO")
public class PhotoEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "SUBMISSION_ID", nullable = false)
    private long submissionId;

    @Column(name = "ITEM_CODE", nullable = false, length = 60)
    private String itemCode;

    @Column(name = "CONTENT_TYPE", nullable = false, length = 20)
    private String contentType;

    @Column(name = "SIZE_BYTES", nullable = false)
    private int size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "DATA", nullable = false)
    private byte[] data;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 100)
    private String createdBy;

    protected PhotoEntity() {
    }

    public PhotoEntity(long submissionId, String itemCode, String contentType, byte[] data) {
        this.submissionId = submissionId;
        this.itemCode = itemCode;
        this.contentType = contentType;
        this.data = data;
        this.size = data.length;
    }

    public void created(String user, Instant at) {
        this.createdBy = user;
        this.createdAt = Times.toDb(at);
    }

    public Long getId() {
        return id;
    }

    public long getSubmissionId() {
        return submissionId;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSize() {
        return size;
    }

    public byte[] getData() {
        return data;
    }

    public Instant getCreatedAt() {
        return Times.fromDb(createdAt);
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
