package org.safegrid.dept.emergency.internal.report;

import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.dept.emergency.internal.model.LogCategory;
import org.safegrid.dept.emergency.internal.persistence.EmergencyUnit;

/** Aggregates over the roster and the duty log for the report section: a few grouped queries, no rows loaded. */
@Component(service = DutyStatistics.class)
public class DutyStatistics {

    private final JpaTemplate jpa;

    @Activate
    public DutyStatistics(@Reference(target = EmergencyUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = EmergencyUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this.jpa = jpa;
    }

    /** How many days from {@code from} to {@code to} (inclusive) have at least one shift. */
    public int daysWithShift(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        return jpa.txExpr(Supports, em -> em
                .createQuery("SELECT COUNT(DISTINCT e.date) FROM EmgShift e WHERE e.date >= :from AND e.date <= :to",
                        Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult()).intValue();
    }

    /** How many shifts fall on the days from {@code from} to {@code to}. */
    public long shifts(LocalDate from, LocalDate to) {
        return jpa.txExpr(Supports,
                em -> em.createQuery("SELECT COUNT(e) FROM EmgShift e WHERE e.date >= :from AND e.date <= :to",
                        Long.class).setParameter("from", from).setParameter("to", to).getSingleResult());
    }

    /** Log entries per category that happened on the days from {@code from} to {@code to}; absent categories are 0. */
    public Map<LogCategory, Long> logEntries(LocalDate from, LocalDate to) {
        List<Object[]> rows = jpa.txExpr(Supports, em -> em
                .createQuery("SELECT e.category, COUNT(e) FROM EmgLogEntry e WHERE e.occurredAt >= :from"
                        + " AND e.occurredAt < :to GROUP BY e.category", Object[].class)
                .setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay())
                .getResultList());
        Map<LogCategory, Long> counts = new EnumMap<>(LogCategory.class);
        for (LogCategory category : LogCategory.values()) {
            counts.put(category, 0L);
        }
        for (Object[] row : rows) {
            counts.put((LogCategory) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
