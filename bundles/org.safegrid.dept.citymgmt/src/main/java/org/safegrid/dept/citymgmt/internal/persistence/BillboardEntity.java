package org.safegrid.dept.citymgmt.internal.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.safegrid.dept.citymgmt.internal.model.BillboardKind;

/** An outdoor billboard (户外广告设施) in {@code SG_CTY_BILLBOARD}; its version guards concurrent edits. */
@Entity(name = "CtyBillboard")
@Table(name = "SG_CTY_BILLBOARD")
public class BillboardEntity extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CODE", nullable = false, length = 30)
    private String code;

    @Column(name = "LOCATION", nullable = false, length = 200)
    private String location;

    @Column(name = "VILLAGE", nullable = false, length = 40)
    private String village;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private BillboardKind kind;

    @Column(name = "OWNER", nullable = false, length = 100)
    private String owner;

    @Column(name = "OWNER_PHONE", length = 30)
    private String ownerPhone;

    @Column(name = "ENTERPRISE_ID")
    private Long enterpriseId;

    @Column(name = "WIDTH_M", nullable = false, precision = 6, scale = 2)
    private BigDecimal width;

    @Column(name = "HEIGHT_M", nullable = false, precision = 6, scale = 2)
    private BigDecimal height;

    @Column(name = "INSTALLED_ON", nullable = false)
    private LocalDate installedOn;

    @Column(name = "LAST_CHECKED_ON")
    private LocalDate lastCheckedOn;

    @Column(name = "NOTE", length = 500)
    private String note;

    @Column(name = "ALERTED_FOR")
    private LocalDate alertedFor;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public BillboardKind getKind() {
        return kind;
    }

    public void setKind(BillboardKind kind) {
        this.kind = kind;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getOwnerPhone() {
        return ownerPhone;
    }

    public void setOwnerPhone(String ownerPhone) {
        this.ownerPhone = ownerPhone;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public BigDecimal getWidth() {
        return width;
    }

    public void setWidth(BigDecimal width) {
        this.width = width;
    }

    public BigDecimal getHeight() {
        return height;
    }

    public void setHeight(BigDecimal height) {
        this.height = height;
    }

    public LocalDate getInstalledOn() {
        return installedOn;
    }

    public void setInstalledOn(LocalDate installedOn) {
        this.installedOn = installedOn;
    }

    public LocalDate getLastCheckedOn() {
        return lastCheckedOn;
    }

    public void setLastCheckedOn(LocalDate lastCheckedOn) {
        this.lastCheckedOn = lastCheckedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getAlertedFor() {
        return alertedFor;
    }

    public void setAlertedFor(LocalDate alertedFor) {
        this.alertedFor = alertedFor;
    }

    public long getVersion() {
        return version;
    }

}
