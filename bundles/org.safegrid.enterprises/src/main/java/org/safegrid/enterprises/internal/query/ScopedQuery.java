package org.safegrid.enterprises.internal.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.Query;
import javax.persistence.TypedQuery;

import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.internal.persistence.EnterpriseEntity;

/**
 * The one way to query enterprises: it always starts with the caller's {@link DataScope}, and every filter is ANDed
 * to it, so nothing outside the scope can be read through the registry. Holds the JPQL WHERE clause (alias {@code e})
 * and its parameters.
 */
public final class ScopedQuery {

    /** The JPQL entity name. */
    public static final String ENTITY = "EntEnterprise";

    private static final Map<EnterpriseFlag, String> FLAG_PATHS = Map.of(EnterpriseFlag.ABOVE_SCALE, "e.aboveScale",
            EnterpriseFlag.MAJOR_HAZARD_SOURCE, "e.majorHazardSource", EnterpriseFlag.HIGH_FIRE_RISK,
            "e.highFireRisk", EnterpriseFlag.SPECIAL_EQUIPMENT, "e.specialEquipment");

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private ScopedQuery(DataScope scope) {
        if (scope.all()) {
            return;
        }
        List<String> any = new ArrayList<>();
        if (!scope.departments().isEmpty()) {
            parameters.put("scopeDepartments", List.copyOf(scope.departments()));
            any.add("e.department IN :scopeDepartments");
            any.add("e.secondDepartment IN :scopeDepartments");
        }
        if (!scope.villages().isEmpty()) {
            parameters.put("scopeVillages", List.copyOf(scope.villages()));
            any.add("e.village IN :scopeVillages");
        }
        // an empty scope sees nothing: ids are never null
        conditions.add(any.isEmpty() ? "e.id IS NULL" : "(" + String.join(" OR ", any) + ")");
    }

    /** Everything the scope may see; narrow it with the other methods. */
    public static ScopedQuery of(DataScope scope) {
        if (scope == null) {
            throw new IllegalArgumentException("a query needs a data scope");
        }
        return new ScopedQuery(scope);
    }

    /** Adds the query's filters (not its paging or sort). */
    public ScopedQuery filter(EnterpriseQuery query) {
        if (query == null) {
            return this;
        }
        text(query.text());
        and("e.village = :village", "village", blankToNull(query.village()));
        and("(e.department = :department OR e.secondDepartment = :department)", "department",
                blankToNull(query.department()));
        and("e.sector = :sector", "sector", blankToNull(query.sector()));
        and("e.riskLevel = :riskLevel", "riskLevel", query.riskLevel());
        and("e.status = :status", "status", query.status());
        for (EnterpriseFlag flag : query.flags()) {
            // a bound TRUE: EclipseLink writes the literal as 1, which Derby will not compare with a BOOLEAN
            String path = FLAG_PATHS.get(flag);
            and(path + " = :" + path.substring(2), path.substring(2), Boolean.TRUE);
        }
        if (query.small() != null) {
            and(query.small() ? "e.staffCount < :smallBelow" : "e.staffCount >= :smallBelow", "smallBelow",
                    Enterprise.SMALL_BELOW);
        }
        return this;
    }

    /** Only the enterprise with this id. */
    public ScopedQuery id(long id) {
        return and("e.id = :id", "id", id);
    }

    /** Only the enterprises with these ids. */
    public ScopedQuery ids(Collection<Long> ids) {
        return and("e.id IN :ids", "ids", List.copyOf(ids));
    }

    /** The matching enterprises (without their contacts, see {@code ContactStore}). */
    public TypedQuery<EnterpriseEntity> select(EntityManager em, String orderBy) {
        return bind(em.createQuery("SELECT e FROM " + ENTITY + " e" + where() + orderClause(orderBy),
                EnterpriseEntity.class));
    }

    /** The ids of the matching enterprises. */
    public TypedQuery<Long> selectIds(EntityManager em, String orderBy) {
        return bind(em.createQuery("SELECT e.id FROM " + ENTITY + " e" + where() + orderClause(orderBy), Long.class));
    }

    public TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("SELECT COUNT(e) FROM " + ENTITY + " e" + where(), Long.class));
    }

    /** {@code ""} or {@code " WHERE a AND b"}. */
    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    private <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private void text(String text) {
        String t = blankToNull(text);
        if (t == null) {
            return;
        }
        String pattern = "%" + t.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
                + "%";
        parameters.put("text", pattern);
        parameters.put("textUpper", pattern.toUpperCase(Locale.ROOT));
        conditions.add("(e.nameLower LIKE :text ESCAPE '!' OR e.creditCode LIKE :textUpper ESCAPE '!'"
                + " OR LOWER(e.address) LIKE :text ESCAPE '!')");
    }

    private ScopedQuery and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    private static String orderClause(String orderBy) {
        return orderBy == null ? "" : " ORDER BY " + orderBy;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
