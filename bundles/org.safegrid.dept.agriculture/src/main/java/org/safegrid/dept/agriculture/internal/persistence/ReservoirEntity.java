package org.safegrid.dept.agriculture.internal.persistence;

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

import org.safegrid.dept.agriculture.internal.model.DamType;
import org.safegrid.dept.agriculture.internal.model.ReservoirKind;

/** A reservoir or pond (水库、山坪塘) in {@code SG_AGR_RESERVOIR}; its version guards concurrent edits. */
@Entity(name = "AgrReservoir")
@Table(name = "SG_AGR_RESERVOIR")
public class ReservoirEntity extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CODE", nullable = false, length = 30)
    private String code;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "VILLAGE", nullable = false, length = 40)
    private String village;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private ReservoirKind kind;

    @Column(name = "CAPACITY", nullable = false, precision = 12, scale = 2)
    private BigDecimal capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "DAM_TYPE", nullable = false, length = 16)
    private DamType damType;

    @Column(name = "MANAGING_UNIT", length = 100)
    private String managingUnit;

    @Column(name = "ENTERPRISE_ID")
    private Long enterpriseId;

    @Column(name = "RESPONSIBLE", nullable = false, length = 50)
    private String responsible;

    @Column(name = "RESPONSIBLE_PHONE", nullable = false, length = 30)
    private String responsiblePhone;

    @Column(name = "NOTE", length = 500)
    private String note;

    @Column(name = "LAST_INSPECTED_ON")
    private LocalDate lastInspectedOn;

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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public ReservoirKind getKind() {
        return kind;
    }

    public void setKind(ReservoirKind kind) {
        this.kind = kind;
    }

    public BigDecimal getCapacity() {
        return capacity;
    }

    public void setCapacity(BigDecimal capacity) {
        this.capacity = capacity;
    }

    public DamType getDamType() {
        return damType;
    }

    public void setDamType(DamType damType) {
        this.damType = damType;
    }

    public String getManagingUnit() {
        return managingUnit;
    }

    public void setManagingUnit(String managingUnit) {
        this.managingUnit = managingUnit;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public String getResponsiblePhone() {
        return responsiblePhone;
    }

    public void setResponsiblePhone(String responsiblePhone) {
        this.responsiblePhone = responsiblePhone;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getLastInspectedOn() {
        return lastInspectedOn;
    }

    public void setLastInspectedOn(LocalDate lastInspectedOn) {
        this.lastInspectedOn = lastInspectedOn;
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
