package org.safegrid.inbox.internal.persistence;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An alert in {@code SG_INB_ALERT}; the roles it is addressed to are {@link AlertRoleEntity} rows. */
@Entity(name = "InbAlert")
@Table(name = "SG_INB_ALERT")
public class AlertEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CODE", nullable = false, length = 60)
    private String code;

    @Column(name = "LEVEL", nullable = false, length = 10)
    private String level;

    @Column(name = "TITLE_ZH", nullable = false, length = 200)
    private String titleZh;

    @Column(name = "TITLE_EN", nullable = false, length = 200)
    private String titleEn;

    @Column(name = "MESSAGE_ZH", nullable = false, length = 2000)
    private String messageZh;

    @Column(name = "MESSAGE_EN", nullable = false, length = 2000)
    private String messageEn;

    @Column(name = "LINK", length = 500)
    private String link;

    @Column(name = "ENTERPRISE_ID")
    private Long enterpriseId;

    @Column(name = "DEPARTMENT", length = 32)
    private String department;

    @Column(name = "VILLAGE", length = 40)
    private String village;

    @Column(name = "SOURCE_TOPIC", nullable = false, length = 200)
    private String sourceTopic;

    @Column(name = "RAISED_BY", length = 32)
    private String raisedBy;

    /** UTC. */
    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getMessageZh() {
        return messageZh;
    }

    public void setMessageZh(String messageZh) {
        this.messageZh = messageZh;
    }

    public String getMessageEn() {
        return messageEn;
    }

    public void setMessageEn(String messageEn) {
        this.messageEn = messageEn;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public String getSourceTopic() {
        return sourceTopic;
    }

    public void setSourceTopic(String sourceTopic) {
        this.sourceTopic = sourceTopic;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public void setRaisedBy(String raisedBy) {
        this.raisedBy = raisedBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
