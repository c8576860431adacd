package org.safegrid.enforcement.internal.report;

import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.safegrid.api.security.DataScope;

/**
 * The report's aggregate queries over the enforcement tables, each one GROUP BY on a date index: inspections and cases
 * per (acting department, village), penalties and daily penalties per (acting department, village), and the distinct
 * repeat offenders flagged in the period with their departments and village.
 */
final class EnforcementQueries {

    /** A count per acting department and village. */
    record Group(String department, String village, long count) {
    }

    /** An enterprise flagged as a repeat offender. */
    record Flagged(long enterpriseId, String department, String secondDepartment, String village) {
    }

    /** What one report asks of the tables. */
    record Counts(List<Group> inspections, List<Group> orders, List<Group> penalties, List<Group> dailyPenalties,
            List<Flagged> repeatOffenders) {
    }

    private final JpaTemplate jpa;

    EnforcementQueries(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /**
     * @param from first day
     * @param to last day
     * @param start first instant of {@code from} in the town's zone, as stored (UTC)
     * @param end first instant after {@code to}, as stored (UTC)
     */
    Counts count(LocalDate from, LocalDate to, LocalDateTime start, LocalDateTime end, DataScope scope) {
        Map<String, Object> days = Map.of("from", from, "to", to);
        Map<String, Object> times = Map.of("from", start, "to", end);
        return jpa.txExpr(Supports, em -> new Counts(
                grouped(em, "EnfInspection", "a.inspectedOn >= :from AND a.inspectedOn <= :to", days, scope),
                grouped(em, "EnfCase", "a.openedOn >= :from AND a.openedOn <= :to", days, scope),
                grouped(em, "EnfCase", "a.penalty.decidedAt >= :from AND a.penalty.decidedAt < :to", times, scope),
                grouped(em, "EnfCase", "a.dailyPenalty.startsOn >= :from AND a.dailyPenalty.startsOn <= :to", days,
                        scope),
                flagged(em, times, scope)));
    }

    private static List<Group> grouped(EntityManager em, String entity, String when, Map<String, Object> parameters,
            DataScope scope) {
        String jpql = "SELECT a.actingDepartment, a.village, COUNT(a) FROM " + entity + " a WHERE " + when
                + ScopeClause.of(scope, true) + " GROUP BY a.actingDepartment, a.village";
        List<Object[]> rows = ScopeClause.bind(em.createQuery(jpql, Object[].class), scope, parameters)
                .getResultList();
        return rows.stream()
                .map(r -> new Group((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    private static List<Flagged> flagged(EntityManager em, Map<String, Object> parameters, DataScope scope) {
        String jpql = "SELECT DISTINCT a.enterpriseId, a.department, a.secondDepartment, a.village FROM EnfRepeat a"
                + " WHERE a.flaggedAt >= :from AND a.flaggedAt < :to" + ScopeClause.of(scope, false);
        List<Object[]> rows = ScopeClause.bind(em.createQuery(jpql, Object[].class), scope, parameters)
                .getResultList();
        return rows.stream()
                .map(r -> new Flagged(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }
}
