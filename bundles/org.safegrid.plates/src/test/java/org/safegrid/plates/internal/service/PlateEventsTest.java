package org.safegrid.plates.internal.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.plates.api.PlateEvents;
import org.safegrid.plates.internal.dto.PersonInput;
import org.safegrid.plates.internal.dto.PlateInput;
import org.safegrid.plates.internal.events.PlatePublisher;
import org.safegrid.plates.internal.roles.RoleCatalogs;
import org.safegrid.plates.internal.testing.Errors;
import org.safegrid.plates.internal.testing.Fixture;

/** {@link PlateEvents#UPDATED} after each saved change, with the plate's completeness as it is after it. */
class PlateEventsTest {

    static Fixture f;

    @BeforeAll
    static void start() throws Exception {
        f = new Fixture("plates-events", List.of());
        f.enterprises.add(1, "emergency", RiskLevel.BLUE);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void clear() throws Exception {
        f.unit.clear();
        f.events.events.clear();
    }

    static PersonInput p(String role, String name) {
        return new PersonInput(null, role, name, "主任", "13812345678", null, null);
    }

    @Test
    void eachSavedChangePostsTheCompletenessAfterIt() {
        f.plates.replace(1, new PlateInput(0L, List.of(p("regulator", "王"))), DataScope.everything(), "clerk", "en");
        Event first = f.events.last(PlateEvents.UPDATED);
        assertEquals(1L, first.getProperty(PlateEvents.ENTERPRISE_ID));
        assertEquals(Boolean.FALSE, first.getProperty(PlateEvents.COMPLETE));
        assertArrayEquals(new String[]{"town-official", "enterprise-head"},
                (String[]) first.getProperty(PlateEvents.MISSING_ROLES));
        assertEquals("clerk", first.getProperty(PlateEvents.USER));

        f.plates.replace(1, new PlateInput(1L, List.of(p("regulator", "王"), p("town-official", "刘"),
                p("enterprise-head", "张"))), DataScope.of(Set.of("dept-emergency")), "deputy", "en");
        Event second = f.events.last(PlateEvents.UPDATED);
        assertEquals(Boolean.TRUE, second.getProperty(PlateEvents.COMPLETE));
        assertArrayEquals(new String[0], (String[]) second.getProperty(PlateEvents.MISSING_ROLES));
        assertEquals("deputy", second.getProperty(PlateEvents.USER));
        assertEquals(2, f.events.events.size());
    }

    @Test
    void aRefusedChangePostsNothing() {
        PlateInput input = new PlateInput(0L, List.of(p("regulator", "王")));
        Errors.expect(Kind.FORBIDDEN, "forbidden",
                () -> f.plates.replace(1, input, DataScope.of(Set.of("village-baishiyi")), "grid", "en"));
        f.plates.replace(1, input, DataScope.everything(), "a", "en");
        Errors.expect(Kind.CONFLICT, "stale", () -> f.plates.replace(1, input, DataScope.everything(), "b", "en"));
        assertEquals(1, f.events.events.size());
    }

    @Test
    void withoutOrWithAFailingEventAdminTheChangeStillSaves() {
        Plates quiet = new Plates(f.enterprises, RoleCatalogs.of(List.of()), f.store, PlatePublisher.of(null));
        assertEquals(1, quiet.replace(1, new PlateInput(0L, List.of(p("regulator", "王"))), DataScope.everything(),
                "a", "en").version(), "saved without an EventAdmin");
        EventAdmin broken = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                throw new IllegalStateException("event admin going away");
            }

            @Override
            public void sendEvent(Event event) {
                throw new IllegalStateException("event admin going away");
            }
        };
        Plates failing = new Plates(f.enterprises, RoleCatalogs.of(List.of()), f.store, PlatePublisher.of(broken));
        assertEquals(2, failing.replace(1, new PlateInput(1L, List.of(p("regulator", "李"))), DataScope.everything(),
                "a", "en").version(), "saved although the EventAdmin throws");
    }
}
