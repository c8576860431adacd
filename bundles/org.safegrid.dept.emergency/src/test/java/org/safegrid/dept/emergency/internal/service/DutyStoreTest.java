package org.safegrid.dept.emergency.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.dept.emergency.internal.DutyClock;
import org.safegrid.dept.emergency.internal.dto.LogDto;
import org.safegrid.dept.emergency.internal.dto.PageDto;
import org.safegrid.dept.emergency.internal.dto.ShiftDto;
import org.safegrid.dept.emergency.internal.model.LogCategory;
import org.safegrid.dept.emergency.internal.model.LogData;
import org.safegrid.dept.emergency.internal.model.PageRequest;
import org.safegrid.dept.emergency.internal.model.ShiftData;
import org.safegrid.dept.emergency.internal.model.ShiftKind;
import org.safegrid.testing.DerbyUnit;
import org.safegrid.testing.LocalJpaTemplate;

/** The services, entities and queries against the real change log on Derby; the town's clock reads 28 Nov, 10:00. */
class DutyStoreTest {

    static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 10, 0);

    static DerbyUnit unit;
    static ShiftService shifts;
    static DutyLogService log;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("emergency-store", DerbyUnit.EMERGENCY);
        DutyClock clock = DutyClock.fixed(Clock.fixed(NOW.atZone(TOWN).toInstant(), TOWN));
        ModuleSchema schema = new ModuleSchema() {
            @Override
            public String module() {
                return "emergency";
            }

            @Override
            public List<String> appliedChangeSets() {
                return unit.changeSets;
            }
        };
        LocalJpaTemplate jpa = new LocalJpaTemplate(unit.emf);
        shifts = new ShiftService(jpa, schema, clock);
        log = new DutyLogService(jpa, schema, clock);
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @BeforeEach
    void clear() throws Exception {
        unit.clear();
    }

    static ShiftData shift(ShiftKind kind, LocalDateTime start, LocalDateTime end) {
        return new ShiftData(start.toLocalDate(), kind, start, end, "王局长", "13812345678", "李四", "023-65671234",
                null);
    }

    static ShiftData day(int dayOfMonth) {
        LocalDateTime start = LocalDateTime.of(2026, 11, dayOfMonth, 8, 0);
        return shift(ShiftKind.DAY, start, start.plusHours(10));
    }

    static LogData entry(LocalDateTime at, LogCategory category, Long shiftId) {
        return new LogData(at, category, "summary " + at, null, null, shiftId);
    }

    @Test
    void theSchemaIsAtItsVersion() {
        assertEquals(List.of("emergency-1", "emergency-2", "emergency-3", "emergency-4"), unit.changeSets);
    }

    @Test
    void createFindAndUpdateAShift() {
        ShiftDto created = shifts.create(day(28), "duty1");
        assertTrue(created.id() > 0, "the identity column gave an id");
        assertEquals("duty1", created.createdBy());
        assertEquals("2026-11-28T10:00:00", created.createdAt());
        assertEquals(created, shifts.find(created.id()).orElseThrow());

        ShiftData night = shift(ShiftKind.NIGHT, LocalDateTime.of(2026, 11, 28, 18, 0),
                LocalDateTime.of(2026, 11, 29, 8, 0));
        ShiftDto updated = shifts.update(created.id(), night, "duty2").orElseThrow();
        assertEquals("NIGHT", updated.kind());
        assertEquals("2026-11-29T08:00:00", updated.endAt());
        assertEquals("duty1", updated.createdBy());
        assertEquals("duty2", updated.updatedBy());
        assertEquals(updated, shifts.find(created.id()).orElseThrow(), "the update was committed");

        assertTrue(shifts.update(created.id() + 1000, night, "duty2").isEmpty());
        assertTrue(shifts.find(created.id() + 1000).isEmpty());
        assertTrue(shifts.exists(created.id()));
    }

    @Test
    void listsShiftsLatestFirstByPageAndDateRange() {
        for (int d = 25; d <= 29; d++) {
            shifts.create(day(d), "duty1");
        }
        PageDto<ShiftDto> first = shifts.list(new PageRequest(0, 2, null, null));
        assertEquals(5, first.total());
        assertEquals(List.of("2026-11-29", "2026-11-28"), first.items().stream().map(ShiftDto::date).toList());
        assertEquals(List.of("2026-11-25"),
                shifts.list(new PageRequest(2, 2, null, null)).items().stream().map(ShiftDto::date).toList());
        PageDto<ShiftDto> beyond = shifts.list(new PageRequest(3, 2, null, null));
        assertEquals(List.of(), beyond.items());
        assertEquals(5, beyond.total());

        PageDto<ShiftDto> range = shifts
                .list(new PageRequest(0, 20, LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27)));
        assertEquals(List.of("2026-11-27", "2026-11-26"), range.items().stream().map(ShiftDto::date).toList());
        assertEquals(2, range.total());
    }

    @Test
    void whoIsOnDutyNow() {
        shifts.create(shift(ShiftKind.NIGHT, NOW.minusHours(16), NOW.minusHours(2)), "a"); // last night
        shifts.create(shift(ShiftKind.DAY, NOW.minusHours(8), NOW), "b"); // ended right now
        ShiftDto day = shifts.create(shift(ShiftKind.DAY, NOW.minusHours(2), NOW.plusHours(8)), "c");
        ShiftDto full = shifts.create(shift(ShiftKind.FULL_DAY, NOW.minusHours(4), NOW.plusHours(20)), "d");
        ShiftDto starting = shifts.create(shift(ShiftKind.DAY, NOW, NOW.plusHours(8)), "e");
        shifts.create(shift(ShiftKind.DAY, NOW.plusDays(1), NOW.plusDays(1).plusHours(8)), "f"); // tomorrow

        var current = shifts.current();
        assertEquals("2026-11-28T10:00:00", current.at());
        assertEquals(List.of(full.id(), day.id(), starting.id()),
                current.shifts().stream().map(ShiftDto::id).toList(), "running shifts, earliest start first");
    }

    @Test
    void logEntriesByDayCategoryAndShift() {
        ShiftDto shift = shifts.create(day(28), "duty1");
        LogDto call = log.create(entry(LocalDateTime.of(2026, 11, 28, 9, 30), LogCategory.CALL, shift.id()), "duty1");
        assertEquals(shift.id(), call.shiftId());
        assertEquals("duty1", call.createdBy());
        log.create(entry(LocalDateTime.of(2026, 11, 27, 23, 59, 59), LogCategory.INFO, null), "duty1");
        log.create(entry(LocalDateTime.of(2026, 11, 27, 0, 0), LogCategory.CALL, null), "duty1");
        log.create(entry(LocalDateTime.of(2026, 11, 26, 23, 59, 59), LogCategory.CALL, null), "duty1");

        PageDto<LogDto> nov27 = log.list(new PageRequest(0, 20, LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27)),
                null);
        assertEquals(List.of("2026-11-27T23:59:59", "2026-11-27T00:00:00"),
                nov27.items().stream().map(LogDto::occurredAt).toList(), "the whole last day counts");
        PageDto<LogDto> calls = log.list(new PageRequest(0, 20, LocalDate.of(2026, 11, 27), null), LogCategory.CALL);
        assertEquals(2, calls.total());
        assertEquals(call, calls.items().get(0));

        LogDto changed = log.update(call.id(),
                new LogData(LocalDateTime.of(2026, 11, 28, 9, 45),
                        LogCategory.INCIDENT, "升级为突发事件", "详情", "张三", null),
                "duty2").orElseThrow();
        assertEquals("INCIDENT", changed.category());
        assertEquals(null, changed.shiftId());
        assertEquals("duty2", changed.updatedBy());
        assertEquals(changed, log.find(call.id()).orElseThrow());
        assertTrue(log.update(call.id() + 1000, entry(NOW, LogCategory.INFO, null), "x").isEmpty());
    }

    @Test
    void theDatabaseRefusesAnUnknownShift() {
        assertThrows(RuntimeException.class,
                () -> log.create(entry(NOW, LogCategory.INFO, 999_999L), "duty1"));
        assertEquals(0, log.list(new PageRequest(0, 20, null, null), null).total(), "nothing half-written");
    }
}
