package org.safegrid.dept.agriculture.internal.persistence;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A flood-season inspection of a reservoir in {@code SG_AGR_INSPECTION}; the reservoir is kept as its id. */
@Entity(name = "AgrInspection")
@Table(name = "SG_AGR_INSPECTION")
public class InspectionEntity extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "RESERVOIR_ID", nullable = false)
    private Long reservoirId;

    @Column(name = "INSPECTED_ON", nullable = false)
    private LocalDate inspectedOn;

    @Column(name = "INSPECTOR", nullable = false, length = 50)
    private String inspector;

    @Column(name = "PASSED", nullable = false)
    private boolean passed;

    @Column(name = "FINDINGS", length = 2000)
    private String findings;

    public Long getId() {
        return id;
    }

    public Long getReservoirId() {
        return reservoirId;
    }

    public void setReservoirId(Long reservoirId) {
        this.reservoirId = reservoirId;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public void setInspectedOn(LocalDate inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    public String getInspector() {
        return inspector;
    }

    public void setInspector(String inspector) {
        this.inspector = inspector;
    }

    public boolean isPassed() {
        return passed;
    }

    public void setPassed(boolean passed) {
        this.passed = passed;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

}
