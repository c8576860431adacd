package org.safegrid.enforcement.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.Query;

import org.safegrid.api.security.DataScope;

/**
 * The data scope as a JPQL condition on alias {@code a}: the enterprise's first or second regulating department, the
 * acting department when the table has one (a department always sees what it did itself), or the village.
 */
final class ScopeClause {

    private ScopeClause() {
    }

    /** {@code ""} for everything, otherwise {@code " AND (...)"}. */
    static String of(DataScope scope, boolean acting) {
        if (scope.all()) {
            return "";
        }
        List<String> any = new ArrayList<>();
        if (!scope.departments().isEmpty()) {
            any.add("a.department IN :scopeDepartments");
            any.add("a.secondDepartment IN :scopeDepartments");
            if (acting) {
                any.add("a.actingDepartment IN :scopeDepartments");
            }
        }
        if (!scope.villages().isEmpty()) {
            any.add("a.village IN :scopeVillages");
        }
        return any.isEmpty() ? " AND a.id IS NULL" : " AND (" + String.join(" OR ", any) + ")";
    }

    static <Q extends Query> Q bind(Q query, DataScope scope, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        if (!scope.all()) {
            if (!scope.departments().isEmpty()) {
                query.setParameter("scopeDepartments", List.copyOf(scope.departments()));
            }
            if (!scope.villages().isEmpty()) {
                query.setParameter("scopeVillages", List.copyOf(scope.villages()));
            }
        }
        return query;
    }
}
