package org.safegrid.plates.internal.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.safegrid.api.plate.PlateRoleContributor;
import org.safegrid.plates.internal.events.PlatePublisher;
import org.safegrid.plates.internal.roles.RoleCatalog;
import org.safegrid.plates.internal.roles.RoleCatalogs;
import org.safegrid.plates.internal.service.AppraisalStore;
import org.safegrid.plates.internal.service.DutyStore;
import org.safegrid.plates.internal.service.PlateStore;
import org.safegrid.plates.internal.service.Plates;
import org.safegrid.plates.internal.service.Stores;
import org.safegrid.testing.DerbyUnit;
import org.safegrid.testing.LocalJpaTemplate;

/** The plates' components wired by hand on Derby with a fake registry, as DS wires them in the platform. */
public final class Fixture {

    public static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

    public final DerbyUnit unit;
    public final LocalJpaTemplate jpa;
    public final FakeEnterprises enterprises = new FakeEnterprises();
    public final FakeEventAdmin events = new FakeEventAdmin();
    public final RoleCatalog roles;
    public final PlateStore store;
    public final DutyStore duties;
    public final AppraisalStore appraisals;
    public final Plates plates;

    public Fixture(String database, List<Map.Entry<Map<String, Object>, PlateRoleContributor>> contributors)
            throws Exception {
        unit = new DerbyUnit(database, DerbyUnit.PLATES);
        jpa = new LocalJpaTemplate(unit.emf);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        roles = RoleCatalogs.of(contributors);
        store = Stores.plateStore(jpa, unit.schema(), clock);
        duties = Stores.dutyStore(jpa, clock);
        appraisals = Stores.appraisalStore(jpa, clock);
        plates = new Plates(enterprises, roles, store, PlatePublisher.of(events));
    }

    public void close() {
        unit.close();
    }
}
