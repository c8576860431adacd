package org.safegrid.checklists.internal.report;

import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.Query;

import org.apache.aries.jpa.template.JpaTemplate;
import org.safegrid.api.checklist.Cadence;

/**
 * Self-inspections submitted for periods ending in a span, counted per enterprise and template with one GROUP BY on
 * the covering {@code IX_SG_CHK_SUBMISSION_END (PERIOD_END, ENTERPRISE_ID, TEMPLATE_CODE, CADENCE, PERIOD_START)}. Daily ones for a day off are left out: nothing was owed for them.
 */
final class SubmissionCounts {

    private final JpaTemplate jpa;

    SubmissionCounts(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /**
     * @param daysOff the days in the span that are not working days
     * @return per enterprise, per template code, how many periods ending from {@code firstEnd} to {@code lastEnd} it
     *         submitted; empty when the span is empty
     */
    Map<Long, Map<String, Long>> count(LocalDate firstEnd, LocalDate lastEnd, Set<LocalDate> daysOff) {
        if (lastEnd.isBefore(firstEnd)) {
            return Map.of();
        }
        return jpa.txExpr(Supports, em -> grouped(em, firstEnd, lastEnd, daysOff));
    }

    private static Map<Long, Map<String, Long>> grouped(EntityManager em, LocalDate firstEnd, LocalDate lastEnd,
            Set<LocalDate> daysOff) {
        // native, to name the index: Derby's optimiser, without statistics, may otherwise pick a slower plan
        StringBuilder sql = new StringBuilder("SELECT ENTERPRISE_ID, TEMPLATE_CODE, COUNT(*) FROM SG_CHK_SUBMISSION"
                + " --DERBY-PROPERTIES index=IX_SG_CHK_SUBMISSION_END\n"
                + " WHERE PERIOD_END >= ? AND PERIOD_END <= ?");
        List<LocalDate> off = List.copyOf(daysOff);
        if (!off.isEmpty()) {
            sql.append(" AND NOT (CADENCE = ? AND PERIOD_START IN (")
                    .append(String.join(", ", java.util.Collections.nCopies(off.size(), "?")))
                    .append("))");
        }
        sql.append(" GROUP BY ENTERPRISE_ID, TEMPLATE_CODE");
        Query query = em.createNativeQuery(sql.toString()).setParameter(1, firstEnd).setParameter(2, lastEnd);
        if (!off.isEmpty()) {
            query.setParameter(3, Cadence.DAILY.name());
            for (int i = 0; i < off.size(); i++) {
                query.setParameter(4 + i, off.get(i));
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        return counts;
    }
}
