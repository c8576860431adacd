package org.safegrid.dept.planning.internal.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.Query;

/** The WHERE clause of a JPQL list query, built from optional filters: a null value adds no condition. */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition}, which uses the named parameter {@code :name}, unless {@code value} is null. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** {@code ""} or {@code " WHERE a AND b"}. */
    public String clause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Sets the parameters on a query made from {@link #clause()}. */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
