package org.safegrid.dept.emergency.internal.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.safegrid.dept.emergency.internal.dto.LogDto;
import org.safegrid.dept.emergency.internal.dto.ShiftDto;
import org.safegrid.dept.emergency.internal.model.LogData;
import org.safegrid.dept.emergency.internal.model.ShiftData;
import org.safegrid.dept.emergency.internal.persistence.LogEntryEntity;
import org.safegrid.dept.emergency.internal.persistence.ShiftEntity;

/**
 * Copies validated data onto entities and entities into DTOs. Dates and times leave as ISO-8601 strings
 * ({@code 2026-11-28}, {@code 2026-11-28T08:30:00}, always with seconds), so the answer does not depend on how the
 * platform's JSON provider is set up for {@code java.time}.
 */
public final class DutyMapper {

    private DutyMapper() {
    }

    public static void apply(ShiftData data, ShiftEntity entity) {
        entity.setDate(data.date());
        entity.setKind(data.kind());
        entity.setStartAt(data.startAt());
        entity.setEndAt(data.endAt());
        entity.setLeader(data.leader());
        entity.setLeaderPhone(data.leaderPhone());
        entity.setOfficer(data.officer());
        entity.setOfficerPhone(data.officerPhone());
        entity.setNote(data.note());
    }

    public static void apply(LogData data, LogEntryEntity entity) {
        entity.setOccurredAt(data.occurredAt());
        entity.setCategory(data.category());
        entity.setSummary(data.summary());
        entity.setDetails(data.details());
        entity.setReporter(data.reporter());
        entity.setShiftId(data.shiftId());
    }

    public static ShiftDto toDto(ShiftEntity e) {
        return new ShiftDto(e.getId(), date(e.getDate()), e.getKind().name(), dateTime(e.getStartAt()),
                dateTime(e.getEndAt()), e.getLeader(), e.getLeaderPhone(), e.getOfficer(), e.getOfficerPhone(),
                e.getNote(), e.getCreatedBy(), dateTime(e.getCreatedAt()), e.getUpdatedBy(),
                dateTime(e.getUpdatedAt()));
    }

    public static LogDto toDto(LogEntryEntity e) {
        return new LogDto(e.getId(), dateTime(e.getOccurredAt()), e.getCategory().name(), e.getSummary(),
                e.getDetails(), e.getReporter(), e.getShiftId(), e.getCreatedBy(), dateTime(e.getCreatedAt()),
                e.getUpdatedBy(), dateTime(e.getUpdatedAt()));
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String dateTime(LocalDateTime dateTime) {
        return dateTime == null
                ? null
                : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime.truncatedTo(ChronoUnit.SECONDS));
    }
}
