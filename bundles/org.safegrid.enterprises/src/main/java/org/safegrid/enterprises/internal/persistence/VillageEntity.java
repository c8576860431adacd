package org.safegrid.enterprises.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A village or community (村/社区) in {@code SG_ENT_VILLAGE}. */
@Entity(name = "EntVillage")
@Table(name = "SG_ENT_VILLAGE")
public class VillageEntity {

    @Id
    @Column(name = "CODE", length = 40)
    private String code;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    protected VillageEntity() {
        // for JPA
    }

    public VillageEntity(String code) {
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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
