package org.safegrid.dept.emergency.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.safegrid.dept.emergency.internal.dto.LogDto;
import org.safegrid.dept.emergency.internal.dto.ShiftDto;
import org.safegrid.dept.emergency.internal.model.LogCategory;
import org.safegrid.dept.emergency.internal.model.LogData;
import org.safegrid.dept.emergency.internal.model.ShiftData;
import org.safegrid.dept.emergency.internal.model.ShiftKind;
import org.safegrid.dept.emergency.internal.persistence.LogEntryEntity;
import org.safegrid.dept.emergency.internal.persistence.ShiftEntity;

class DutyMapperTest {

    @Test
    void shiftRoundTrip() {
        ShiftEntity entity = new ShiftEntity();
        DutyMapper.apply(new ShiftData(LocalDate.of(2026, 11, 28), ShiftKind.FULL_DAY,
                LocalDateTime.of(2026, 11, 28, 8, 0), LocalDateTime.of(2026, 11, 29, 8, 0), "王局长", "13812345678",
                "李四", "023-65671234", "防汛"), entity);
        entity.created("duty1", LocalDateTime.of(2026, 11, 27, 16, 45, 12, 999_999_999));

        ShiftDto dto = DutyMapper.toDto(entity);
        assertEquals("2026-11-28", dto.date());
        assertEquals("FULL_DAY", dto.kind());
        assertEquals("2026-11-28T08:00:00", dto.startAt(), "seconds are always written");
        assertEquals("2026-11-29T08:00:00", dto.endAt());
        assertEquals("王局长", dto.leader());
        assertEquals("13812345678", dto.leaderPhone());
        assertEquals("李四", dto.officer());
        assertEquals("023-65671234", dto.officerPhone());
        assertEquals("防汛", dto.note());
        assertEquals("duty1", dto.createdBy());
        assertEquals("2026-11-27T16:45:12", dto.createdAt(), "fractions of a second are dropped");
        assertNull(dto.updatedBy());
        assertNull(dto.updatedAt());
    }

    @Test
    void applyReplacesEveryField() {
        ShiftEntity entity = new ShiftEntity();
        DutyMapper.apply(new ShiftData(LocalDate.of(2026, 1, 1), ShiftKind.DAY, LocalDateTime.of(2026, 1, 1, 8, 0),
                LocalDateTime.of(2026, 1, 1, 18, 0), "a", "13812345678", "b", "13812345679", "note"), entity);
        DutyMapper.apply(new ShiftData(LocalDate.of(2026, 1, 2), ShiftKind.NIGHT, LocalDateTime.of(2026, 1, 2, 18, 0),
                LocalDateTime.of(2026, 1, 3, 8, 0), "c", null, "d", null, null), entity);
        entity.created("u", LocalDateTime.of(2026, 1, 1, 0, 0));
        entity.updated("v", LocalDateTime.of(2026, 1, 2, 0, 0));
        assertEquals(new ShiftDto(null, "2026-01-02", "NIGHT", "2026-01-02T18:00:00", "2026-01-03T08:00:00", "c",
                null, "d", null, null, "u", "2026-01-01T00:00:00", "v", "2026-01-02T00:00:00"),
                DutyMapper.toDto(entity));
    }

    @Test
    void logEntry() {
        LogEntryEntity entity = new LogEntryEntity();
        DutyMapper.apply(new LogData(LocalDateTime.of(2026, 11, 28, 23, 59, 59), LogCategory.CALL, "来电",
                "群众来电反映", "张三", 5L), entity);
        entity.created("duty1", LocalDateTime.of(2026, 11, 29, 0, 1));
        LogDto dto = DutyMapper.toDto(entity);
        assertEquals("2026-11-28T23:59:59", dto.occurredAt());
        assertEquals("CALL", dto.category());
        assertEquals("来电", dto.summary());
        assertEquals("群众来电反映", dto.details());
        assertEquals("张三", dto.reporter());
        assertEquals(5L, dto.shiftId());
        assertEquals("2026-11-29T00:01:00", dto.createdAt());
    }
}
