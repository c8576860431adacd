package org.safegrid.checklists.internal.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One version of a checklist template, in {@code SG_CHK_TEMPLATE}. Its definition never changes once stored; only
 * {@code active}, the template's state, is kept alike on all versions of a code.
 */
@Entity(name = "ChkTemplate")
@Table(name = "SG_CHK_TEMPLATE")
public class TemplateEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CODE", nullable = false, length = 60)
    private String code;

    @Column(name = "VERSION", nullable = false)
    private int version;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "NAME_EN", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "CADENCE", nullable = false, length = 10)
    private String cadence;

    @Column(name = "SECTORS", length = 2000)
    private String sectors;

    @Column(name = "FLAGS", length = 200)
    private String flags;

    @Column(name = "DEPARTMENT", nullable = false, length = 32)
    private String department;

    @Column(name = "SOURCE", nullable = false, length = 16)
    private String source;

    @Column(name = "ACTIVE", nullable = false)
    private boolean active;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", nullable = false, length = 100)
    private String createdBy;

    protected TemplateEntity() {
    }

    public TemplateEntity(String code, int version, String department, String source) {
        this.code = code;
        this.version = version;
        this.department = department;
        this.source = source;
    }

    public void define(String name, String nameEn, String cadence, Set<String> sectors, Set<String> flags) {
        this.name = name;
        this.nameEn = nameEn;
        this.cadence = cadence;
        this.sectors = Codes.join(sectors);
        this.flags = Codes.join(flags);
    }

    public void created(String user, Instant at, boolean active) {
        this.createdBy = user;
        this.createdAt = Times.toDb(at);
        this.active = active;
    }

    /** The template's state, kept alike on all its versions; not part of the definition. */
    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getCadence() {
        return cadence;
    }

    public Set<String> getSectors() {
        return Codes.split(sectors);
    }

    public Set<String> getFlags() {
        return Codes.split(flags);
    }

    public String getDepartment() {
        return department;
    }

    public String getSource() {
        return source;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return Times.fromDb(createdAt);
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
