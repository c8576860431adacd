package org.safegrid.dept.emergency.internal.persistence;

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

import org.safegrid.dept.emergency.internal.model.ShiftKind;

/** A duty shift (值班班次) in {@code SG_EMG_SHIFT}. */
@Entity(name = "EmgShift")
@Table(name = "SG_EMG_SHIFT")
public class ShiftEntity extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "DUTY_DATE", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private ShiftKind kind;

    @Column(name = "START_AT", nullable = false)
    private LocalDateTime startAt;

    @Column(name = "END_AT", nullable = false)
    private LocalDateTime endAt;

    @Column(name = "LEADER", nullable = false, length = 50)
    private String leader;

    @Column(name = "LEADER_PHONE", length = 30)
    private String leaderPhone;

    @Column(name = "OFFICER", nullable = false, length = 50)
    private String officer;

    @Column(name = "OFFICER_PHONE", length = 30)
    private String officerPhone;

    @Column(name = "NOTE", length = 500)
    private String note;

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public ShiftKind getKind() {
        return kind;
    }

    public void setKind(ShiftKind kind) {
        this.kind = kind;
    }

    public LocalDateTime getStartAt() {
        return startAt;
    }

    public void setStartAt(LocalDateTime startAt) {
        this.startAt = startAt;
    }

    public LocalDateTime getEndAt() {
        return endAt;
    }

    public void setEndAt(LocalDateTime endAt) {
        this.endAt = endAt;
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }

    public String getLeaderPhone() {
        return leaderPhone;
    }

    public void setLeaderPhone(String leaderPhone) {
        this.leaderPhone = leaderPhone;
    }

    public String getOfficer() {
        return officer;
    }

    public void setOfficer(String officer) {
        this.officer = officer;
    }

    public String getOfficerPhone() {
        return officerPhone;
    }

    public void setOfficerPhone(String officerPhone) {
        this.officerPhone = officerPhone;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
