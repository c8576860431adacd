package org.safegrid.checklists.internal.templates;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.safegrid.api.module.Department;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The departments a template may belong to: the town's six, whether their modules run or not, and any other whose
 * module is installed now.
 */
@Component(service = KnownDepartments.class)
public class KnownDepartments {

    /** The six departments of the town notice. */
    static final Set<String> TOWN = Set.of("emergency", "planning", "economic", "culture", "agriculture",
            "citymgmt");

    private static final Logger LOG = LoggerFactory.getLogger(KnownDepartments.class);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<Department> departments = List.of();

    public KnownDepartments() {
        // for DS
    }

    /** With these department modules installed; for tests. */
    public KnownDepartments(List<Department> installed) {
        this.departments = List.copyOf(installed);
    }

    public Set<String> ids() {
        Set<String> ids = new TreeSet<>(TOWN);
        for (Department department : departments) {
            try {
                ids.add(department.descriptor().id());
            } catch (RuntimeException e) {
                LOG.warn("Department {} failed to describe itself", department, e);
            }
        }
        return ids;
    }

    public boolean contains(String id) {
        return id != null && (TOWN.contains(id) || ids().contains(id));
    }
}
