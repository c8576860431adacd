package org.safegrid.dept.emergency.internal.persistence;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.safegrid.dept.emergency.internal.model.LogCategory;

/**
 * An entry of the duty log (值班日志) in {@code SG_EMG_LOG}. The shift is kept as its id (a foreign key in the table):
 * no relationship to load, which also keeps EclipseLink from needing weaving.
 */
@Entity(name = "EmgLogEntry")
@Table(name = "SG_EMG_LOG")
public class LogEntryEntity extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false)
    private LocalDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", nullable = false, length = 16)
    private LogCategory category;

    @Column(name = "SUMMARY", nullable = false, length = 200)
    private String summary;

    @Column(name = "DETAILS", length = 4000)
    private String details;

    @Column(name = "REPORTER", length = 50)
    private String reporter;

    @Column(name = "SHIFT_ID")
    private Long shiftId;

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public LogCategory getCategory() {
        return category;
    }

    public void setCategory(LogCategory category) {
        this.category = category;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getReporter() {
        return reporter;
    }

    public void setReporter(String reporter) {
        this.reporter = reporter;
    }

    public Long getShiftId() {
        return shiftId;
    }

    public void setShiftId(Long shiftId) {
        this.shiftId = shiftId;
    }
}
