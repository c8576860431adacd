package org.safegrid.enterprises.internal.testing;

import java.util.List;

import org.safegrid.enterprises.internal.events.EnterprisePublisher;
import org.safegrid.enterprises.internal.model.VillageInput;
import org.safegrid.enterprises.internal.service.DepartmentCatalog;
import org.safegrid.enterprises.internal.service.EnterpriseRegistry;
import org.safegrid.enterprises.internal.service.ReferenceDataService;
import org.safegrid.testing.DerbyUnit;

/** The registry's services wired by hand on a Derby unit, as DS would wire them. */
public final class Registry {

    public final DerbyUnit unit;
    public final ReferenceDataService reference;
    public final EnterpriseRegistry enterprises;
    public final FakeEventAdmin events = new FakeEventAdmin();

    private static Registry shared;

    /**
     * One registry for all the test classes of a run: setting up the schema and the persistence unit is what takes
     * time. Each class resets it before use.
     */
    public static synchronized Registry shared() throws Exception {
        if (shared == null) {
            shared = new Registry("enterprises-test");
        }
        return shared;
    }

    private Registry(String name) throws Exception {
        unit = new DerbyUnit(name, DerbyUnit.ENTERPRISES);
        reference = new ReferenceDataService(unit.jpa(), unit.schema(), new DepartmentCatalog(List.of()));
        enterprises = new EnterpriseRegistry(unit.jpa(), unit.schema(), reference, EnterprisePublisher.of(events));
    }

    /** Empties the registry and adds the villages baishiyi (白市驿村), haitang (海棠村) and old (旧村, inactive). */
    public void reset() throws Exception {
        unit.clear();
        events.events.clear();
        reference.createVillage(new VillageInput("baishiyi", "白市驿村", null), false);
        reference.createVillage(new VillageInput("haitang", "海棠村", null), false);
        reference.createVillage(new VillageInput("old", "旧村", false), false);
    }
}
