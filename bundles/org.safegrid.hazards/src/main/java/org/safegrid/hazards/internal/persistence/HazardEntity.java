package org.safegrid.hazards.internal.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

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

import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.hazards.api.FiveFixes;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardSource;
import org.safegrid.hazards.api.HazardState;

/**
 * A hazard in {@code SG_HAZ_HAZARD}, with its five fixes as columns (all null until recorded). The enterprise's name,
 * departments and village are copies from the registry, for the board's filters and the data scope.
 */
@Entity(name = HazardsUnit.HAZARD)
@Table(name = "SG_HAZ_HAZARD")
public class HazardEntity {

    /** The sequence's increment; the change log creates it with the same. */
    public static final int ID_BLOCK = 50;

    @Id
    @SequenceGenerator(name = "SG_HAZ_HAZARD_SEQ", sequenceName = "SG_HAZ_HAZARD_SEQ", allocationSize = ID_BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SG_HAZ_HAZARD_SEQ")
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "ENTERPRISE_ID", nullable = false)
    private long enterpriseId;

    @Column(name = "ENTERPRISE_NAME", nullable = false, length = 200)
    private String enterpriseName;

    @Column(name = "DEPARTMENT", nullable = false, length = 32)
    private String department;

    @Column(name = "SECOND_DEPARTMENT", length = 32)
    private String secondDepartment;

    @Column(name = "VILLAGE", nullable = false, length = 40)
    private String village;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", nullable = false, length = 16)
    private HazardSource source;

    @Column(name = "SOURCE_REF", length = 200)
    private String sourceRef;

    @Column(name = "DESCRIPTION", nullable = false, length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "HAZARD_LEVEL", nullable = false, length = 16)
    private HazardLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 24)
    private HazardState state;

    @Column(name = "DEADLINE")
    private LocalDate deadline;

    @Column(name = "FIX_RESPONSIBLE", length = 100)
    private String fixResponsible;

    @Column(name = "FIX_MEASURES", length = 1000)
    private String fixMeasures;

    @Column(name = "FIX_FUNDS", precision = 14, scale = 2)
    private BigDecimal fixFunds;

    @Column(name = "FIX_DEADLINE")
    private LocalDate fixDeadline;

    @Column(name = "FIX_CONTINGENCY", length = 1000)
    private String fixContingency;

    @Column(name = "REPORTED_BY", nullable = false, length = 100)
    private String reportedBy;

    @Column(name = "REPORTED_AT", nullable = false)
    private LocalDateTime reportedAt;

    @Column(name = "VERIFIED_BY", length = 100)
    private String verifiedBy;

    @Column(name = "VERIFIED_AT")
    private LocalDateTime verifiedAt;

    @Column(name = "CLOSED_AT")
    private LocalDateTime closedAt;

    @Column(name = "OVERDUE_NOTIFIED", nullable = false)
    private boolean overdueNotified;

    public HazardEntity() {
    }

    /** Fills a new hazard in state {@code REPORTED}. */
    public void report(Enterprise enterprise, HazardSource source, String sourceRef, String description,
            HazardLevel level, LocalDate deadline, FiveFixes fixes, String user, Instant at) {
        copy(enterprise);
        this.source = source;
        this.sourceRef = sourceRef;
        this.description = description;
        this.level = level;
        this.state = HazardState.REPORTED;
        this.deadline = deadline;
        setFixes(fixes);
        this.reportedBy = user;
        this.reportedAt = Times.toDb(at);
    }

    /** Takes the enterprise's current name, departments and village from the registry. */
    public void copy(Enterprise enterprise) {
        this.enterpriseId = enterprise.id();
        this.enterpriseName = enterprise.name();
        this.department = enterprise.department();
        this.secondDepartment = enterprise.secondDepartment();
        this.village = enterprise.village();
    }

    /** Records (or replaces) the five fixes; null clears them. */
    public void setFixes(FiveFixes fixes) {
        this.fixResponsible = fixes == null ? null : fixes.responsiblePerson();
        this.fixMeasures = fixes == null ? null : fixes.measures();
        this.fixFunds = fixes == null ? null : fixes.funds();
        this.fixDeadline = fixes == null ? null : fixes.deadline();
        this.fixContingency = fixes == null ? null : fixes.contingencyPlan();
    }

    /** The five fixes, or null while none are recorded. */
    public FiveFixes getFixes() {
        if (fixResponsible == null && fixMeasures == null && fixFunds == null && fixDeadline == null
                && fixContingency == null) {
            return null;
        }
        return new FiveFixes(fixResponsible, fixMeasures, fixFunds, fixDeadline, fixContingency);
    }

    public void setState(HazardState state) {
        this.state = state;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    /** Accepted by a verifier: closed (销号). */
    public void verified(String user, Instant at) {
        this.verifiedBy = user;
        this.verifiedAt = Times.toDb(at);
        this.closedAt = Times.toDb(at);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public String getDepartment() {
        return department;
    }

    public String getSecondDepartment() {
        return secondDepartment;
    }

    public String getVillage() {
        return village;
    }

    public HazardSource getSource() {
        return source;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public String getDescription() {
        return description;
    }

    public HazardLevel getLevel() {
        return level;
    }

    public HazardState getState() {
        return state;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return Times.fromDb(reportedAt);
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return Times.fromDb(verifiedAt);
    }

    public Instant getClosedAt() {
        return Times.fromDb(closedAt);
    }

    public boolean isOverdueNotified() {
        return overdueNotified;
    }
}
