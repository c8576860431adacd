package org.safegrid.enterprises.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A sector (行业) in {@code SG_ENT_SECTOR}. */
@Entity(name = "EntSector")
@Table(name = "SG_ENT_SECTOR")
public class SectorEntity {

    @Id
    @Column(name = "CODE", length = 40)
    private String code;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "NAME_EN", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "DEPARTMENT", length = 32)
    private String department;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    protected SectorEntity() {
        // for JPA
    }

    public SectorEntity(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
