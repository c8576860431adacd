package org.safegrid.dept.emergency.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportSection;
import org.safegrid.api.report.SectionFigure;
import org.safegrid.api.security.DataScope;
import org.safegrid.dept.emergency.internal.DutyClock;
import org.safegrid.dept.emergency.internal.model.LogCategory;
import org.safegrid.dept.emergency.internal.model.LogData;
import org.safegrid.dept.emergency.internal.model.ShiftData;
import org.safegrid.dept.emergency.internal.model.ShiftKind;
import org.safegrid.dept.emergency.internal.service.DutyLogService;
import org.safegrid.dept.emergency.internal.service.ShiftService;
import org.safegrid.testing.DerbyUnit;

/** The section's figures over hand-made shifts, log entries and ledger rows on Derby, as of 10 November. */
class EmergencyReportSectionTest {

    static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 10);

    static DerbyUnit unit;
    static EmergencyReportSection section;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("emergency-section", DerbyUnit.EMERGENCY);
        DutyClock clock = DutyClock.fixed(Clock.fixed(TODAY.atTime(12, 0).atZone(TOWN).toInstant(), TOWN));
        ShiftService shifts = new ShiftService(unit.jpa(), unit.schema(), clock);
        DutyLogService log = new DutyLogService(unit.jpa(), unit.schema(), clock);
        DangerousGoodsHazards ledger = new DangerousGoodsHazards(unit.jpa(), unit.schema(), clock);
        section = new EmergencyReportSection(new DutyStatistics(unit.jpa(), unit.schema()), ledger);

        // shifts on 1, 2 (two shifts), 3 and 10 November, one in October and one planned for the 20th
        for (int day : new int[]{1, 2, 2, 3, 10, 20}) {
            shifts.create(shift(LocalDate.of(2026, 11, day)), "duty1");
        }
        shifts.create(shift(LocalDate.of(2026, 10, 31)), "duty1");
        log.create(entry(LocalDateTime.of(2026, 11, 2, 21, 40), LogCategory.INCIDENT), "duty1");
        log.create(entry(LocalDateTime.of(2026, 11, 9, 8, 0), LogCategory.INCIDENT), "duty1");
        log.create(entry(LocalDateTime.of(2026, 11, 9, 9, 0), LogCategory.CALL), "duty1");
        log.create(entry(LocalDateTime.of(2026, 10, 31, 23, 59), LogCategory.INCIDENT), "duty1");

        ledger.record(hazard(1, 100, "加油站甲", "emergency", "v1", "GENERAL", day(2), day(5), null));
        ledger.record(hazard(2, 100, "加油站甲", "emergency", "v1", "GENERAL", day(3), day(20), day(4)));
        ledger.record(hazard(3, 200, "化工乙", "economic", "v2", "MAJOR", day(9), day(20), null));
        ledger.record(hazard(4, 200, "化工乙", "economic", "v2", "MAJOR", day(15), day(30), null));
        // recorded twice: the second replaces the first (closed on the 6th)
        ledger.record(hazard(5, 300, "加气站丙", "emergency", "v1", "GENERAL", day(1), day(3), null));
        ledger.record(hazard(5, 300, "加气站丙", "emergency", "v1", "GENERAL", day(1), day(3), day(6)));
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    static LocalDate day(int d) {
        return LocalDate.of(2026, 11, d);
    }

    static ShiftData shift(LocalDate date) {
        return new ShiftData(date, ShiftKind.DAY, date.atTime(8, 0), date.atTime(18, 0), "王建国", "13812345678", "李明",
                "13812345679", null);
    }

    static LogData entry(LocalDateTime at, LogCategory category) {
        return new LogData(at, category, "事件", null, null, null);
    }

    static HazardFacts hazard(long id, long enterprise, String name, String department, String village, String level,
            LocalDate reported, LocalDate deadline, LocalDate closed) {
        return new HazardFacts(id, enterprise, name, "fuel-station", department, null, village, level, "REPORTED",
                reported, deadline, closed);
    }

    static Map<String, BigDecimal> figures(ReportSection s) {
        return s.figures()
                .stream()
                .filter(f -> f.value() != null)
                .collect(Collectors.toMap(SectionFigure::code, SectionFigure::value));
    }

    @Test
    void aRunningMonthCountsItsDaysUpToToday() {
        ReportSection s = section
                .section(new ReportRequest(ReportPeriod.month(YearMonth.of(2026, 11)), DataScope.everything(), TODAY));
        Map<String, BigDecimal> f = figures(s);
        assertEquals(new BigDecimal("40.0"), f.get("duty-coverage"), "4 of 10 days have a shift");
        assertEquals(BigDecimal.valueOf(6), f.get("duty-days-uncovered"));
        assertEquals(BigDecimal.valueOf(5), f.get("duty-shifts"));
        assertEquals(BigDecimal.valueOf(2), f.get("incidents"));
        assertEquals(BigDecimal.valueOf(3), f.get("log-entries"));
        assertEquals(BigDecimal.valueOf(2), f.get("dangerous-goods-open-hazards"), "hazards 1 and 3");
        assertEquals(BigDecimal.valueOf(1), f.get("dangerous-goods-overdue-hazards"), "hazard 1");
        assertEquals(BigDecimal.valueOf(1), f.get("dangerous-goods-major-hazards"), "hazard 3");
        SectionFigure registry = s.figures()
                .stream()
                .filter(x -> x.code().equals("dangerous-goods-enterprises"))
                .findFirst()
                .orElseThrow();
        assertNull(registry.value(), "no registry, no count");

        var table = s.tables().get(0);
        assertEquals(List.of(List.of("加油站甲", "1", "1", "0"), List.of("化工乙", "1", "0", "1")), table.rows());
    }

    @Test
    void anEarlierStateDayAndADepartmentsScope() {
        // as of the 5th: hazards 1 (due the 5th, so not yet overdue), 5 (overdue since the 3rd); 2 closed on the 4th
        ReportRequest early = new ReportRequest(ReportPeriod.custom(day(1), day(5)),
                new DataScope(false, Set.of("emergency"), Set.of()), TODAY);
        Map<String, BigDecimal> f = figures(section.section(early));
        assertEquals(BigDecimal.valueOf(2), f.get("dangerous-goods-open-hazards"));
        assertEquals(BigDecimal.valueOf(1), f.get("dangerous-goods-overdue-hazards"));
        assertEquals(BigDecimal.valueOf(0), f.get("dangerous-goods-major-hazards"));
        assertEquals(new BigDecimal("60.0"), f.get("duty-coverage"));

        ReportRequest village = new ReportRequest(ReportPeriod.month(YearMonth.of(2026, 11)),
                new DataScope(false, Set.of(), Set.of("v2")), TODAY);
        assertEquals(BigDecimal.valueOf(1), figures(section.section(village)).get("dangerous-goods-open-hazards"));
    }

    @Test
    void aPeriodStillToComeHasNoCoverage() {
        ReportSection s = section
                .section(new ReportRequest(ReportPeriod.month(YearMonth.of(2026, 12)), DataScope.everything(), TODAY));
        Map<String, SectionFigure> byCode = s.figures()
                .stream()
                .collect(Collectors.toMap(SectionFigure::code, Function.identity()));
        assertNull(byCode.get("duty-coverage").value());
        assertEquals(BigDecimal.ZERO, byCode.get("duty-shifts").value());
    }
}
