package org.safegrid.enterprises.internal.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.safegrid.api.module.Department;
import org.safegrid.api.module.DepartmentDescriptor;
import org.safegrid.enterprises.internal.model.KnownDepartment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The departments an enterprise may name as its regulator: the town's six, whether their modules run or not, and any
 * other department whose module is installed now. A department whose module runs is {@code installed}.
 */
@Component(service = DepartmentCatalog.class)
public class DepartmentCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(DepartmentCatalog.class);

    /** The six departments of the town notice. */
    static final List<KnownDepartment> TOWN = List.of(
            new KnownDepartment("emergency", "应急办", "Emergency Management Office", false),
            new KnownDepartment("planning", "规建办", "Planning and Construction Office", false),
            new KnownDepartment("economic", "经发办", "Economic Development Office", false),
            new KnownDepartment("culture", "文服中心", "Culture Service Centre", false),
            new KnownDepartment("agriculture", "农服中心", "Agricultural Service Centre", false),
            new KnownDepartment("citymgmt", "城管大队", "City Management Brigade", false));

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Department> departments = List.of();

    public DepartmentCatalog() {
        // for DS
    }

    /** A catalogue with these department modules installed; for tests. */
    public DepartmentCatalog(List<Department> installed) {
        this.departments = List.copyOf(installed);
    }

    /** Every department an enterprise may name: the town's six first, then the others by id. */
    public List<KnownDepartment> all() {
        Map<String, KnownDepartment> installed = new TreeMap<>();
        for (Department department : departments) {
            try {
                DepartmentDescriptor d = department.descriptor();
                installed.put(d.id(), new KnownDepartment(d.id(), d.name().zh(), d.name().en(), true));
            } catch (RuntimeException e) {
                LOG.warn("Department {} failed to describe itself; left out of the list", department, e);
            }
        }
        Map<String, KnownDepartment> all = new LinkedHashMap<>();
        TOWN.forEach(d -> all.put(d.id(), installed.getOrDefault(d.id(), d)));
        installed.values().forEach(d -> all.putIfAbsent(d.id(), d));
        return new ArrayList<>(all.values());
    }
}
