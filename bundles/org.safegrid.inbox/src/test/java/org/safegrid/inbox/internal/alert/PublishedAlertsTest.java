package org.safegrid.inbox.internal.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.inbox.internal.testing.Clocks;
import org.safegrid.inbox.internal.testing.FakeEnterprises;
import org.safegrid.inbox.internal.testing.FakeRule;
import org.safegrid.testing.DerbyUnit;

class PublishedAlertsTest {

    static final Clock CLOCK = Clocks.at(LocalDateTime.of(2026, 6, 2, 9, 0));

    static DerbyUnit unit;
    static AlertStore alerts;
    static FakeEnterprises enterprises;
    static PublishedAlerts publisher;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("inbox-published", DerbyUnit.INBOX);
        alerts = new AlertStore(unit.jpa(), unit.schema());
        enterprises = new FakeEnterprises();
        enterprises.add(42, "某水库管理站", "agriculture", null, "gaofeng");
        publisher = PublishedAlerts.withClock(alerts, enterprises, CLOCK);
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    @BeforeEach
    void clear() throws Exception {
        unit.clear();
    }

    @Test
    void storesTheAlertForItsRolesWithTheEnterprisesVillage() {
        long id = publisher.publish("agriculture", 42L,
                FakeRule.alert("reservoir-flood-inspection-missing", "dept-agriculture", "committee"));

        List<Long> seen = alerts.latest(Set.of("committee"), Instant.EPOCH, 10);
        assertEquals(List.of(id), seen);
        StoredAlert stored = alerts.load(seen, Set.of()).get(0);
        assertEquals("reservoir-flood-inspection-missing", stored.code());
        assertEquals("agriculture", stored.department());
        assertEquals("gaofeng", stored.village());
        assertEquals(42L, stored.enterpriseId());
        assertEquals("org/safegrid/dept/agriculture/alert", stored.sourceTopic());
        assertEquals("agriculture", stored.raisedBy());
        assertEquals(CLOCK.instant(), stored.createdAt());
        assertEquals(List.of(), alerts.latest(Set.of("dept-culture"), Instant.EPOCH, 10));
    }

    @Test
    void anAlertAboutNoEnterpriseOrAnUnknownOneHasNoVillage() {
        long none = publisher.publish("culture", null, FakeRule.alert("event-unassessed", "dept-culture"));
        long unknown = publisher.publish("culture", 999L, FakeRule.alert("event-unassessed", "dept-culture"));

        List<StoredAlert> stored = alerts.load(List.of(none, unknown), Set.of());
        assertNull(stored.get(0).village());
        assertNull(stored.get(0).enterpriseId());
        assertNull(stored.get(1).village());
        assertEquals(999L, stored.get(1).enterpriseId());
    }

    @Test
    void refusesABadDepartmentOrNoAlert() {
        assertThrows(IllegalArgumentException.class,
                () -> publisher.publish("Bad Dept", null, FakeRule.alert("x-y", "committee")));
        assertThrows(IllegalArgumentException.class, () -> publisher.publish(null, null, null));
        assertThrows(IllegalArgumentException.class, () -> publisher.publish("culture", null, null));
        assertEquals(List.of(), alerts.latest(Set.of("committee"), Instant.EPOCH, 10));
    }
}
