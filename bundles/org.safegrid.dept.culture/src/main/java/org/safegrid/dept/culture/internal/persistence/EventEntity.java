package org.safegrid.dept.culture.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.safegrid.dept.culture.internal.model.AssessmentResult;
import org.safegrid.dept.culture.internal.model.EventData;

/** A large event in {@code SG_CUL_EVENT}. */
@Entity(name = "CulEvent")
@Table(name = "SG_CUL_EVENT")
public class EventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "ORGANISER_ID")
    private Long organiserId;

    @Column(name = "ORGANISER_NAME", length = 100)
    private String organiserName;

    @Column(name = "VENUE", nullable = false, length = 200)
    private String venue;

    @Column(name = "START_AT", nullable = false)
    private LocalDateTime startAt;

    @Column(name = "END_AT", nullable = false)
    private LocalDateTime endAt;

    @Column(name = "ATTENDANCE", nullable = false)
    private int attendance;

    @Column(name = "CAPACITY")
    private Integer capacity;

    @Column(name = "ASSESSED", nullable = false)
    private boolean assessed;

    @Column(name = "ASSESSED_ON")
    private LocalDate assessedOn;

    @Column(name = "ASSESSOR", length = 100)
    private String assessor;

    @Enumerated(EnumType.STRING)
    @Column(name = "RESULT", length = 16)
    private AssessmentResult result;

    @Column(name = "PLAN_FILED", nullable = false)
    private boolean planFiled;

    @Column(name = "CONTACT", nullable = false, length = 50)
    private String contact;

    @Column(name = "CONTACT_PHONE", nullable = false, length = 30)
    private String contactPhone;

    @Column(name = "CANCELLED", nullable = false)
    private boolean cancelled;

    @Column(name = "NOTE", length = 500)
    private String note;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CREATED_BY", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "UPDATED_BY", length = 100)
    private String updatedBy;

    @Column(name = "UPDATED_AT")
    private LocalDateTime updatedAt;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void created(String user, LocalDateTime at) {
        this.createdBy = user;
        this.createdAt = at;
    }

    public void updated(String user, LocalDateTime at) {
        this.updatedBy = user;
        this.updatedAt = at;
    }

    /** The row's fields as validated data. */
    public EventData data() {
        return new EventData(name, organiserId, organiserName, venue, startAt, endAt, attendance, capacity, assessed,
                assessedOn, assessor, result, planFiled, contact, contactPhone, cancelled, note);
    }

    /** Replaces every field by the data's. */
    public void apply(EventData d) {
        name = d.name();
        organiserId = d.organiserId();
        organiserName = d.organiserName();
        venue = d.venue();
        startAt = d.startAt();
        endAt = d.endAt();
        attendance = d.attendance();
        capacity = d.capacity();
        assessed = d.assessed();
        assessedOn = d.assessedOn();
        assessor = d.assessor();
        result = d.result();
        planFiled = d.planFiled();
        contact = d.contact();
        contactPhone = d.contactPhone();
        cancelled = d.cancelled();
        note = d.note();
    }
}
