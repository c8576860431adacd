package org.safegrid.dept.agriculture.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.AlertPublisher;
import org.safegrid.dept.agriculture.internal.AgricultureSettings;
import org.safegrid.dept.agriculture.internal.model.DamType;
import org.safegrid.dept.agriculture.internal.model.InspectionData;
import org.safegrid.dept.agriculture.internal.model.ReservoirData;
import org.safegrid.dept.agriculture.internal.model.ReservoirKind;
import org.safegrid.dept.agriculture.internal.service.InspectionService;
import org.safegrid.dept.agriculture.internal.service.ReservoirFacts;
import org.safegrid.dept.agriculture.internal.service.ReservoirService;
import org.safegrid.testing.DerbyUnit;

/** The daily check over the real tables: one alert per overdue spell, none outside the season. */
class ReservoirWatchTest {

    static DerbyUnit unit;
    static ReservoirFacts facts;
    static AgricultureSettings settings = Events.settingsOn(LocalDate.of(2026, 7, 20));
    static ReservoirService reservoirs;
    static InspectionService inspections;

    final List<Alert> published = new ArrayList<>();
    final AlertPublisher publisher = (department, enterpriseId, alert) -> {
        assertEquals("agriculture", department);
        assertNull(enterpriseId);
        published.add(alert);
        return published.size();
    };

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("agriculture-watch", DerbyUnit.AGRICULTURE);
        facts = new ReservoirFacts(unit.jpa(), unit.schema());
        reservoirs = new ReservoirService(unit.jpa(), unit.schema(), settings);
        inspections = new InspectionService(unit.jpa(), unit.schema(), settings);
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @BeforeEach
    void clear() throws Exception {
        unit.clear();
    }

    static long reservoir(String code) {
        return reservoirs.create(new ReservoirData(code, "水库" + code, "qinglong", ReservoirKind.POND,
                BigDecimal.ONE, DamType.EARTH, null, null, "张三", "13812345678", null), "a", "zh").id();
    }

    @Test
    void anOverdueReservoirIsAlertedOncePerSpell() {
        long never = reservoir("R1");
        long recent = reservoir("R2");
        inspections.add(recent, new InspectionData(LocalDate.of(2026, 7, 1), "李四", true, null), "a");
        ReservoirWatch watch = ReservoirWatch.manual(facts, settings, publisher);

        assertEquals(1, watch.check(LocalDate.of(2026, 7, 20)));
        Alert alert = published.get(0);
        assertEquals(ReservoirWatch.CODE, alert.code());
        assertEquals(Set.of("dept-agriculture", "village-qinglong"), alert.roles());
        assertTrue(alert.message().zh().contains("水库R1") && alert.message().zh().contains("2026-05-01"));
        assertEquals("#/m/agriculture/reservoirs?id=" + never, alert.link());

        assertEquals(0, watch.check(LocalDate.of(2026, 7, 21)), "the same spell is not alerted again");
        // R2 falls due on 31 July; after it, its own spell is alerted, and R1's is still the old one
        assertEquals(1, watch.check(LocalDate.of(2026, 8, 1)));
        assertTrue(published.get(1).message().en().contains("R2"));
        // R1 inspected, then overdue again: a new spell
        inspections.add(never, new InspectionData(LocalDate.of(2026, 7, 25), "李四", true, null), "a");
        assertEquals(0, watch.check(LocalDate.of(2026, 8, 24)));
        assertEquals(1, watch.check(LocalDate.of(2026, 8, 25)));
    }

    @Test
    void nothingOutsideTheSeasonOrWithoutAPublisher() {
        reservoir("R1");
        assertEquals(0, ReservoirWatch.manual(facts, settings, publisher).check(LocalDate.of(2026, 11, 29)));
        assertEquals(0, ReservoirWatch.manual(facts, settings, null).check(LocalDate.of(2026, 7, 20)));
        assertEquals(1, ReservoirWatch.manual(facts, settings, publisher).check(LocalDate.of(2026, 7, 20)),
                "a run without a publisher alerts nothing and marks nothing");
    }
}
