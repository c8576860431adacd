package org.safegrid.enforcement.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.safegrid.enforcement.api.Reinspection;

/** Step 2 of a case, in the case's row; every column null until it is taken. */
@Embeddable
public class ReinspectionPart {

    @Column(name = "REINSPECTED_ON")
    private LocalDate date;

    @Column(name = "REINSPECTION_RECTIFIED")
    private Boolean rectified;

    @Column(name = "REINSPECTION_NOTE", length = 2000)
    private String note;

    @Column(name = "REINSPECTED_AT")
    private LocalDateTime at;

    @Column(name = "REINSPECTED_BY", length = 100)
    private String by;

    protected ReinspectionPart() {
    }

    public ReinspectionPart(LocalDate date, boolean rectified, String note, Instant at, String by) {
        this.date = date;
        this.rectified = rectified;
        this.note = note;
        this.at = Times.toDb(at);
        this.by = by;
    }

    public LocalDate date() {
        return date;
    }

    public Reinspection toApi() {
        return date == null ? null : new Reinspection(date, Boolean.TRUE.equals(rectified), note, Times.fromDb(at), by);
    }
}
