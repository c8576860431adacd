package org.safegrid.enforcement.internal.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.Query;

import org.safegrid.api.security.DataScope;

/**
 * A JPQL WHERE clause (alias {@code a}) over a table with the enterprise's copied columns ({@code department},
 * {@code secondDepartment}, {@code village}). It always starts with the caller's {@link DataScope}, applied inside the
 * query as the registry applies it; every filter is ANDed to it.
 */
final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private Where() {
    }

    /** Everything the scope sees; narrow it with {@link #and}. */
    static Where scoped(DataScope scope) {
        Where where = new Where();
        if (scope.all()) {
            return where;
        }
        List<String> any = new ArrayList<>();
        if (!scope.departments().isEmpty()) {
            where.parameters.put("scopeDepartments", List.copyOf(scope.departments()));
            any.add("a.department IN :scopeDepartments");
            any.add("a.secondDepartment IN :scopeDepartments");
        }
        if (!scope.villages().isEmpty()) {
            where.parameters.put("scopeVillages", List.copyOf(scope.villages()));
            any.add("a.village IN :scopeVillages");
        }
        // an empty scope sees nothing: ids are never null
        where.conditions.add(any.isEmpty() ? "a.id IS NULL" : "(" + String.join(" OR ", any) + ")");
        return where;
    }

    /** Adds {@code condition} (with {@code :name}) when the value is given. */
    Where and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** The first or the second regulating department. */
    Where department(String department) {
        return and("(a.department = :department OR a.secondDepartment = :department)", "department", department);
    }

    /** {@code ""} or {@code " WHERE x AND y"}. */
    String clause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
