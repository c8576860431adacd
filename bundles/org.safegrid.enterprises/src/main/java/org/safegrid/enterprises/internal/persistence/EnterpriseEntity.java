package org.safegrid.enterprises.internal.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.enterprises.internal.model.EnterpriseData;

/**
 * An enterprise or place in {@code SG_ENT_ENTERPRISE} (its contacts are {@link ContactEntity}s). Times are kept in UTC.
 * Ids come from a sequence that hands out {@value #ID_BLOCK} at a time, so inserts can be batched.
 */
@Entity(name = "EntEnterprise")
@Table(name = "SG_ENT_ENTERPRISE")
public class EnterpriseEntity {

    /** The sequence's increment; the change log creates it with the same. */
    public static final int ID_BLOCK = 500;

    @Id
    @SequenceGenerator(name = "SG_ENT_ENTERPRISE_SEQ", sequenceName = "SG_ENT_ENTERPRISE_SEQ", allocationSize = ID_BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SG_ENT_ENTERPRISE_SEQ")
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CREDIT_CODE", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "NAME", nullable = false, length = 200)
    private String name;

    @Column(name = "NAME_LOWER", nullable = false, length = 200)
    private String nameLower;

    @Column(name = "ADDRESS", length = 300)
    private String address;

    @Column(name = "VILLAGE", nullable = false, length = 40)
    private String village;

    @Column(name = "SECTOR", nullable = false, length = 40)
    private String sector;

    @Column(name = "DEPARTMENT", nullable = false, length = 32)
    private String department;

    @Column(name = "SECOND_DEPARTMENT", length = 32)
    private String secondDepartment;

    @Column(name = "STAFF_COUNT", nullable = false)
    private int staffCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private EnterpriseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "RISK_LEVEL", nullable = false, length = 16)
    private RiskLevel riskLevel;

    @Column(name = "RISK_RANK", nullable = false)
    private int riskRank;

    @Column(name = "ABOVE_SCALE", nullable = false)
    private boolean aboveScale;

    @Column(name = "MAJOR_HAZARD_SOURCE", nullable = false)
    private boolean majorHazardSource;

    @Column(name = "HIGH_FIRE_RISK", nullable = false)
    private boolean highFireRisk;

    @Column(name = "SPECIAL_EQUIPMENT", nullable = false)
    private boolean specialEquipment;

    @Column(name = "CREATED_BY", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "UPDATED_BY", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    /** Takes every field of validated data but the contacts, which {@link ContactStore} writes. */
    public void apply(EnterpriseData data) {
        creditCode = data.creditCode();
        name = data.name();
        nameLower = data.name().toLowerCase(Locale.ROOT);
        address = data.address();
        village = data.village();
        sector = data.sector();
        department = data.department();
        secondDepartment = data.secondDepartment();
        staffCount = data.staffCount();
        status = data.status();
        riskLevel = data.riskLevel();
        riskRank = rank(data.riskLevel());
        aboveScale = data.flags().contains(EnterpriseFlag.ABOVE_SCALE);
        majorHazardSource = data.flags().contains(EnterpriseFlag.MAJOR_HAZARD_SOURCE);
        highFireRisk = data.flags().contains(EnterpriseFlag.HIGH_FIRE_RISK);
        specialEquipment = data.flags().contains(EnterpriseFlag.SPECIAL_EQUIPMENT);
    }

    /** Sorting by risk sorts by severity: 4 for red down to 1 for blue. */
    public static int rank(RiskLevel level) {
        return RiskLevel.values().length - level.ordinal();
    }

    /** Marks the row as created (and so last changed) by {@code user} at {@code at}. */
    public void created(String user, Instant at) {
        createdBy = user;
        createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        updated(user, at);
    }

    /** Marks the row as changed by {@code user} at {@code at}. */
    public void updated(String user, Instant at) {
        updatedBy = user;
        updatedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getVillage() {
        return village;
    }

    public String getSector() {
        return sector;
    }

    public String getDepartment() {
        return department;
    }

    public String getSecondDepartment() {
        return secondDepartment;
    }

    public int getStaffCount() {
        return staffCount;
    }

    public EnterpriseStatus getStatus() {
        return status;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public Set<EnterpriseFlag> getFlags() {
        Set<EnterpriseFlag> flags = EnumSet.noneOf(EnterpriseFlag.class);
        if (aboveScale) {
            flags.add(EnterpriseFlag.ABOVE_SCALE);
        }
        if (majorHazardSource) {
            flags.add(EnterpriseFlag.MAJOR_HAZARD_SOURCE);
        }
        if (highFireRisk) {
            flags.add(EnterpriseFlag.HIGH_FIRE_RISK);
        }
        if (specialEquipment) {
            flags.add(EnterpriseFlag.SPECIAL_EQUIPMENT);
        }
        return flags;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public Instant getUpdatedAt() {
        return updatedAt.toInstant(ZoneOffset.UTC);
    }
}
