package org.safegrid.enforcement.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.safegrid.enforcement.api.Rectification;

/** The rectification after a penalty, in the case's row; every column null until then. */
@Embeddable
public class RectificationPart {

    @Column(name = "RECTIFIED_ON")
    private LocalDate date;

    @Column(name = "RECTIFIED_NOTE", length = 2000)
    private String note;

    @Column(name = "RECTIFIED_AT")
    private LocalDateTime at;

    @Column(name = "RECTIFIED_BY", length = 100)
    private String by;

    protected RectificationPart() {
    }

    public RectificationPart(LocalDate date, String note, Instant at, String by) {
        this.date = date;
        this.note = note;
        this.at = Times.toDb(at);
        this.by = by;
    }

    public Rectification toApi() {
        return date == null ? null : new Rectification(date, note, Times.fromDb(at), by);
    }
}
