package org.safegrid.checklists.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An item of one template version, in {@code SG_CHK_ITEM}; written once with its version, never changed. */
@Entity(name = "ChkItem")
@Table(name = "SG_CHK_ITEM")
public class ItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TEMPLATE_ID", nullable = false)
    private long templateId;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "CODE", nullable = false, length = 60)
    private String code;

    @Column(name = "TEXT", nullable = false, length = 500)
    private String text;

    @Column(name = "TEXT_EN", nullable = false, length = 500)
    private String textEn;

    @Column(name = "CATEGORY", nullable = false, length = 16)
    private String category;

    @Column(name = "LEGAL_BASIS", nullable = false, length = 200)
    private String legalBasis;

    @Column(name = "SEVERITY_HINT", nullable = false, length = 10)
    private String severityHint;

    protected ItemEntity() {
    }

    public ItemEntity(long templateId, int position, String code) {
        this.templateId = templateId;
        this.position = position;
        this.code = code;
    }

    public void define(String text, String textEn, String category, String legalBasis, String severityHint) {
        this.text = text;
        this.textEn = textEn;
        this.category = category;
        this.legalBasis = legalBasis;
        this.severityHint = severityHint;
    }

    public long getTemplateId() {
        return templateId;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public String getText() {
        return text;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getCategory() {
        return category;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getSeverityHint() {
        return severityHint;
    }
}
