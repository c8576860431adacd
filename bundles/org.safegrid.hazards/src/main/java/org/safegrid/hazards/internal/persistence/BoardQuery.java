package org.safegrid.hazards.internal.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.Query;
import javax.persistence.TypedQuery;

import org.safegrid.api.security.DataScope;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.lifecycle.Lifecycle;
import org.safegrid.hazards.internal.model.BoardFilter;
import org.safegrid.hazards.internal.model.BoardSort;

/**
 * The one way to query hazards: it starts with the caller's {@link DataScope}, applied to the enterprise columns copied
 * into each hazard (department or second department for department users, village for village users, nothing for
 * admin and committee), and ANDs every filter to it. Holds the JPQL WHERE clause (alias {@code h}) and its parameters.
 * "Overdue" is {@code state IN (open states) AND deadline < today}, which the (state, deadline) indexes serve.
 */
public final class BoardQuery {

    private static final String FROM = " FROM " + HazardsUnit.HAZARD + " h";

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final LocalDate today;

    private BoardQuery(DataScope scope, LocalDate today) {
        this.today = today;
        if (scope.all()) {
            return;
        }
        List<String> any = new ArrayList<>();
        if (!scope.departments().isEmpty()) {
            parameters.put("scopeDepartments", List.copyOf(scope.departments()));
            any.add("h.department IN :scopeDepartments");
            any.add("h.secondDepartment IN :scopeDepartments");
        }
        if (!scope.villages().isEmpty()) {
            parameters.put("scopeVillages", List.copyOf(scope.villages()));
            any.add("h.village IN :scopeVillages");
        }
        // an empty scope sees nothing: ids are never null
        conditions.add(any.isEmpty() ? "h.id IS NULL" : "(" + String.join(" OR ", any) + ")");
    }

    /** Every hazard the scope may see, overdue as of {@code today}; narrow it with the other methods. */
    public static BoardQuery of(DataScope scope, LocalDate today) {
        if (scope == null) {
            throw new IllegalArgumentException("a query needs a data scope");
        }
        return new BoardQuery(scope, today);
    }

    /** Only the hazard with this id. */
    public BoardQuery id(long id) {
        return and("h.id = :id", "id", id);
    }

    /** Adds the board's filters. */
    public BoardQuery filter(BoardFilter filter) {
        if (filter == null) {
            return this;
        }
        and("h.enterpriseId = :enterpriseId", "enterpriseId", filter.enterpriseId());
        and("(h.department = :department OR h.secondDepartment = :department)", "department",
                blankToNull(filter.department()));
        and("h.village = :village", "village", blankToNull(filter.village()));
        and("h.state = :state", "state", filter.state());
        and("h.level = :level", "level", filter.level());
        and("h.source = :source", "source", filter.source());
        if (Boolean.TRUE.equals(filter.overdue())) {
            parameters.put("openStates", List.copyOf(Lifecycle.openStates()));
            parameters.put("today", today);
            conditions.add("h.state IN :openStates AND h.deadline < :today");
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            parameters.put("closedState", HazardState.CLOSED);
            parameters.put("today", today);
            conditions.add("(h.state = :closedState OR h.deadline IS NULL OR h.deadline >= :today)");
        }
        text(filter.text());
        return this;
    }

    /**
     * The matching hazards in the order asked for. {@link BoardSort#OVERDUE} orders by deadline here: the store puts
     * the overdue ones first by paging over two queries, each served by an index, rather than sorting every row by an
     * expression.
     */
    public TypedQuery<HazardEntity> select(EntityManager em, BoardSort sort) {
        String order = switch (sort == null ? BoardSort.DEADLINE : sort) {
            case DEADLINE, OVERDUE -> "h.deadline ASC, h.id ASC";
            case DEADLINE_DESC -> "h.deadline DESC, h.id DESC";
            case REPORTED_AT -> "h.reportedAt ASC, h.id ASC";
            case REPORTED_AT_DESC -> "h.reportedAt DESC, h.id DESC";
        };
        return bind(em.createQuery("SELECT h" + FROM + where() + " ORDER BY " + order, HazardEntity.class));
    }

    public TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("SELECT COUNT(h)" + FROM + where(), Long.class));
    }

    /**
     * One row per state and level present: {@code [state, level, count, count with a deadline before today]}. Only
     * rows of open states count as overdue; the caller leaves out the closed ones.
     */
    public TypedQuery<Object[]> countsByStateAndLevel(EntityManager em) {
        return bind(em.createQuery(
                "SELECT h.state, h.level, COUNT(h), SUM(CASE WHEN h.deadline < :statsToday THEN 1 ELSE 0 END)" + FROM
                        + where() + " GROUP BY h.state, h.level",
                Object[].class)).setParameter("statsToday", today);
    }

    /** {@code ""} or {@code " WHERE a AND b"}. */
    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
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
        conditions.add("(LOWER(h.description) LIKE :text ESCAPE '!' OR LOWER(h.enterpriseName) LIKE :text ESCAPE '!'"
                + " OR LOWER(h.sourceRef) LIKE :text ESCAPE '!')");
    }

    private BoardQuery and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
