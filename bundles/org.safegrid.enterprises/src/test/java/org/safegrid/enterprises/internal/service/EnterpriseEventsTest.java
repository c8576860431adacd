package org.safegrid.enterprises.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safegrid.enterprises.internal.testing.Fixtures.input;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseEvents;
import org.safegrid.enterprises.api.EnterpriseInput;
import org.safegrid.enterprises.internal.testing.Errors;
import org.safegrid.enterprises.internal.testing.Registry;

/** {@link EnterpriseEvents} after each committed hand edit; nothing for a refused one. Imports: see ImportEventsTest. */
class EnterpriseEventsTest {

    static final DataScope ADMIN = DataScope.of(Set.of("admin"));
    static final DataScope EMERGENCY = DataScope.of(Set.of("dept-emergency"));
    static final DataScope VILLAGE = DataScope.of(Set.of("village-baishiyi"));

    static Registry registry;

    @BeforeAll
    static void start() throws Exception {
        registry = Registry.shared();
    }

    @BeforeEach
    void reset() throws Exception {
        registry.reset();
    }

    static EnterpriseInput withVersion(EnterpriseInput in, String department, long version) {
        return new EnterpriseInput(in.creditCode(), in.name(), in.address(), in.village(), in.sector(), department,
                in.secondDepartment(), in.staffCount(), in.status(), in.riskLevel(), in.flags(), in.contacts(),
                version);
    }

    @Test
    void createdAndUpdatedCarryTheIdTheDepartmentAndTheUser() {
        Enterprise created = registry.enterprises.create(input(1), EMERGENCY, "zhang", false);
        Event c = registry.events.last(EnterpriseEvents.CREATED);
        assertEquals(created.id(), c.getProperty(EnterpriseEvents.ENTERPRISE_ID));
        assertEquals("emergency", c.getProperty(EnterpriseEvents.DEPARTMENT));
        assertEquals("zhang", c.getProperty(EnterpriseEvents.USER));

        registry.enterprises.update(created.id(), withVersion(input(1), "economic", created.version()), ADMIN, "li",
                false);
        Event u = registry.events.last(EnterpriseEvents.UPDATED);
        assertEquals(created.id(), u.getProperty(EnterpriseEvents.ENTERPRISE_ID));
        assertEquals("economic", u.getProperty(EnterpriseEvents.DEPARTMENT), "the department after the change");
        assertEquals("li", u.getProperty(EnterpriseEvents.USER));
        assertEquals(List.of(EnterpriseEvents.CREATED, EnterpriseEvents.UPDATED), registry.events.topics());
    }

    @Test
    void aRefusedChangePostsNothing() {
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> registry.enterprises.create(input(1), VILLAGE, "grid", false));
        Enterprise created = registry.enterprises.create(input(2), ADMIN, "a", false);
        registry.events.events.clear();
        Errors.expect(Kind.CONFLICT, "stale", () -> registry.enterprises.update(created.id(),
                withVersion(input(2), "emergency", created.version() + 5), ADMIN, "a", false));
        Errors.expect(Kind.CONFLICT, "duplicate_credit_code",
                () -> registry.enterprises.create(input(2), ADMIN, "a", false));
        assertTrue(registry.events.events.isEmpty(), registry.events.topics().toString());
    }
}
