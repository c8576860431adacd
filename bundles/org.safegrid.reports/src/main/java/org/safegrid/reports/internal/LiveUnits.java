package org.safegrid.reports.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.safegrid.api.module.Department;
import org.safegrid.api.module.DepartmentDescriptor;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.reports.internal.model.UnitDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The departments installed now (their descriptors) and the registry's villages. */
final class LiveUnits implements UnitDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(LiveUnits.class);

    private final Supplier<List<Department>> departments;
    private final EnterpriseService enterprises;

    LiveUnits(Supplier<List<Department>> departments, EnterpriseService enterprises) {
        this.departments = departments;
        this.enterprises = enterprises;
    }

    @Override
    public Map<String, LocalizedText> installedDepartments() {
        Map<String, LocalizedText> installed = new LinkedHashMap<>();
        for (Department department : departments.get()) {
            try {
                DepartmentDescriptor descriptor = department.descriptor();
                installed.put(descriptor.id(), descriptor.name());
            } catch (RuntimeException e) {
                LOG.warn("Department {} failed to describe itself; left out of the reports' names", department, e);
            }
        }
        return installed;
    }

    @Override
    public Map<String, UnitDirectory.Village> villages() {
        Map<String, UnitDirectory.Village> villages = new LinkedHashMap<>();
        List<org.safegrid.enterprises.api.Village> all;
        try {
            all = enterprises.villages();
        } catch (RuntimeException e) {
            LOG.warn("The registry's villages could not be read; reports show villages by code only", e);
            return villages;
        }
        for (org.safegrid.enterprises.api.Village village : all) {
            villages.put(village.code(), new UnitDirectory.Village(village.code(), village.name(), village.active()));
        }
        return villages;
    }
}
