package org.safegrid.hazards.internal.report;

import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.safegrid.api.security.DataScope;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.lifecycle.Lifecycle;
import org.safegrid.hazards.internal.persistence.HazardsUnit;

/**
 * The report's aggregate queries over {@code SG_HAZ_HAZARD}, each GROUP BY (department, second department, village,
 * level) on a date index. A hazard is open at the end of a day when it was reported by then and was not closed by
 * then; that is read as two index-backed parts: open now ({@code STATE}, {@code DEADLINE}), or closed after the day
 * ({@code CLOSED_AT}).
 */
final class HazardQueries {

    /** What one report asks of the table. */
    record Counts(List<Rows> reported, List<Rows> closed, List<Rows> overdue, List<ExposureRow> exposure) {
    }

    private static final String GROUP = "SELECT h.department, h.secondDepartment, h.village, h.level, COUNT(h) FROM "
            + HazardsUnit.HAZARD + " h WHERE ";
    private static final String GROUP_BY = " GROUP BY h.department, h.secondDepartment, h.village, h.level";
    private static final String OPEN_NOW = "h.state IN :open";
    private static final String CLOSED_LATER = "h.closedAt >= :asOfEnd";
    private static final String OVERDUE = " AND h.deadline < :asOf AND h.reportedAt < :asOfEnd";

    private final JpaTemplate jpa;

    HazardQueries(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /**
     * @param start first instant of the period, as stored (UTC)
     * @param end first instant after the period, as stored (UTC)
     * @param asOf the day overdue hazards are taken on
     * @param asOfEnd first instant after {@code asOf}, as stored (UTC)
     * @param limit the most exposure rows
     */
    Counts count(LocalDateTime start, LocalDateTime end, LocalDate asOf, LocalDateTime asOfEnd, DataScope scope,
            int limit) {
        Map<String, Object> period = Map.of("start", start, "end", end);
        Map<String, Object> open = Map.of("open", List.copyOf(Lifecycle.openStates()), "asOf", asOf, "asOfEnd",
                asOfEnd);
        Map<String, Object> later = Map.of("asOf", asOf, "asOfEnd", asOfEnd);
        return jpa.txExpr(Supports, em -> {
            List<Rows> overdue = new ArrayList<>(grouped(em, OPEN_NOW + OVERDUE, open, scope));
            overdue.addAll(grouped(em, CLOSED_LATER + OVERDUE, later, scope));
            List<ExposureRow> exposure = new ArrayList<>(exposure(em, OPEN_NOW + OVERDUE, open, scope, limit));
            exposure.addAll(exposure(em, CLOSED_LATER + OVERDUE, later, scope, limit));
            exposure.sort(Comparator.comparing(ExposureRow::deadline).thenComparing(ExposureRow::id));
            return new Counts(grouped(em, "h.reportedAt >= :start AND h.reportedAt < :end", period, scope),
                    grouped(em, "h.closedAt >= :start AND h.closedAt < :end", period, scope), overdue,
                    List.copyOf(exposure.subList(0, Math.min(limit, exposure.size()))));
        });
    }

    private static List<Rows> grouped(EntityManager em, String where, Map<String, Object> parameters,
            DataScope scope) {
        TypedQuery<Object[]> query = em.createQuery(GROUP + where + scopeClause(scope) + GROUP_BY, Object[].class);
        bind(query, parameters, scope);
        return query.getResultList()
                .stream()
                .map(r -> new Rows((String) r[0], (String) r[1], (String) r[2], r[3] == HazardLevel.MAJOR,
                        ((Number) r[4]).longValue()))
                .toList();
    }

    private static List<ExposureRow> exposure(EntityManager em, String where, Map<String, Object> parameters,
            DataScope scope, int limit) {
        TypedQuery<Object[]> query = em.createQuery("SELECT h.id, h.enterpriseName, h.village, h.department,"
                + " h.secondDepartment, h.description, h.deadline, h.fixResponsible, h.state, h.closedAt FROM "
                + HazardsUnit.HAZARD + " h WHERE h.level = :major AND " + where + scopeClause(scope)
                + " ORDER BY h.deadline, h.id", Object[].class);
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("major", HazardLevel.MAJOR);
        bind(query, all, scope);
        return query.setMaxResults(limit)
                .getResultList()
                .stream()
                .map(r -> new ExposureRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (LocalDate) r[6], (String) r[7], (HazardState) r[8],
                        (LocalDateTime) r[9]))
                .toList();
    }

    /** The data scope: first or second regulating department, or village. */
    private static String scopeClause(DataScope scope) {
        if (scope.all()) {
            return "";
        }
        List<String> any = new ArrayList<>();
        if (!scope.departments().isEmpty()) {
            any.add("h.department IN :scopeDepartments");
            any.add("h.secondDepartment IN :scopeDepartments");
        }
        if (!scope.villages().isEmpty()) {
            any.add("h.village IN :scopeVillages");
        }
        return any.isEmpty() ? " AND h.id IS NULL" : " AND (" + String.join(" OR ", any) + ")";
    }

    private static void bind(TypedQuery<Object[]> query, Map<String, Object> parameters, DataScope scope) {
        parameters.forEach(query::setParameter);
        if (!scope.all() && !scope.departments().isEmpty()) {
            query.setParameter("scopeDepartments", List.copyOf(scope.departments()));
        }
        if (!scope.all() && !scope.villages().isEmpty()) {
            query.setParameter("scopeVillages", List.copyOf(scope.villages()));
        }
    }
}
