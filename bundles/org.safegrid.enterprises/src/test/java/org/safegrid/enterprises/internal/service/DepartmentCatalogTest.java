package org.safegrid.enterprises.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safegrid.api.module.Department;
import org.safegrid.api.module.DepartmentDescriptor;
import org.safegrid.enterprises.internal.model.KnownDepartment;

class DepartmentCatalogTest {

    static Department department(String id, String zh, String en) {
        return () -> DepartmentDescriptor.builder(id).name(zh, en).build();
    }

    @Test
    void theTownsSixAreAlwaysThere() {
        List<KnownDepartment> all = new DepartmentCatalog(List.of()).all();
        assertEquals(List.of("emergency", "planning", "economic", "culture", "agriculture", "citymgmt"),
                all.stream().map(KnownDepartment::id).toList());
        assertEquals(new KnownDepartment("citymgmt", "城管大队", "City Management Brigade", false), all.get(5));
    }

    @Test
    void installedModulesAreMarkedAndNewOnesAdded() {
        Department broken = () -> {
            throw new IllegalStateException("broken plug-in");
        };
        List<KnownDepartment> all = new DepartmentCatalog(List.of(department("emergency", "应急管理办公室", "Emergency"),
                department("fire", "消防站", "Fire Station"), broken)).all();
        assertEquals(7, all.size(), "a department that cannot describe itself is left out");
        assertEquals(new KnownDepartment("emergency", "应急管理办公室", "Emergency", true), all.get(0));
        assertEquals(new KnownDepartment("fire", "消防站", "Fire Station", true), all.get(6));
        assertEquals(false, all.get(1).installed());
    }
}
