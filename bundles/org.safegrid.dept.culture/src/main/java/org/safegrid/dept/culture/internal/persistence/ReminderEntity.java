package org.safegrid.dept.culture.internal.persistence;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** When an alert of a kind ({@code code}) was last raised about a subject, in {@code SG_CUL_REMINDER}. */
@Entity(name = "CulReminder")
@Table(name = "SG_CUL_REMINDER")
@IdClass(ReminderEntity.Key.class)
public class ReminderEntity {

    @Id
    @Column(name = "CODE", length = 60)
    private String code;

    @Id
    @Column(name = "SUBJECT_ID")
    private long subjectId;

    @Column(name = "LAST_ON", nullable = false)
    private LocalDate lastOn;

    public ReminderEntity() {
    }

    public ReminderEntity(String code, long subjectId, LocalDate lastOn) {
        this.code = code;
        this.subjectId = subjectId;
        this.lastOn = lastOn;
    }

    public LocalDate getLastOn() {
        return lastOn;
    }

    public void setLastOn(LocalDate lastOn) {
        this.lastOn = lastOn;
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public String code;
        public long subjectId;

        public Key() {
        }

        public Key(String code, long subjectId) {
            this.code = code;
            this.subjectId = subjectId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.subjectId == subjectId && Objects.equals(k.code, code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, subjectId);
        }
    }
}
