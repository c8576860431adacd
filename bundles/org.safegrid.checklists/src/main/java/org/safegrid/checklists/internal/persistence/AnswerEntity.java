package org.safegrid.checklists.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** The answer to one item of a submission, in {@code SG_CHK_ANSWER}; a failed item gets the id of its hazard. */
@Entity(name = "ChkAnswer")
@Table(name = "SG_CHK_ANSWER")
public class AnswerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "SUBMISSION_ID", nullable = false)
    private long submissionId;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "ITEM_CODE", nullable = false, length = 60)
    private String itemCode;

    @Column(name = "RESULT", nullable = false, length = 16)
    private String result;

    @Column(name = "NOTE", length = 500)
    private String note;

    @Column(name = "HAZARD_ID")
    private Long hazardId;

    protected AnswerEntity() {
    }

    public AnswerEntity(long submissionId, int position, String itemCode, String result, String note) {
        this.submissionId = submissionId;
        this.position = position;
        this.itemCode = itemCode;
        this.result = result;
        this.note = note;
    }

    public void setHazardId(Long hazardId) {
        this.hazardId = hazardId;
    }

    public long getSubmissionId() {
        return submissionId;
    }

    public int getPosition() {
        return position;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getResult() {
        return result;
    }

    public String getNote() {
        return note;
    }

    public Long getHazardId() {
        return hazardId;
    }
}
