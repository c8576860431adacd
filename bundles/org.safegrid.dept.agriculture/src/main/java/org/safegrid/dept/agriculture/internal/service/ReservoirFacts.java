package org.safegrid.dept.agriculture.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.dept.agriculture.internal.model.InspectionFact;
import org.safegrid.dept.agriculture.internal.model.ReservoirFact;
import org.safegrid.dept.agriculture.internal.persistence.AgricultureUnit;
import org.safegrid.dept.agriculture.internal.persistence.ReservoirEntity;
import org.safegrid.dept.agriculture.internal.persistence.Where;

/**
 * What the report section and the daily check read: the reservoirs with their latest inspection as of a day, the
 * inspections of a span, and the record of which overdue spell was alerted.
 */
@Component(service = ReservoirFacts.class)
public class ReservoirFacts {

    private final JpaTemplate jpa;

    @Activate
    public ReservoirFacts(@Reference(target = AgricultureUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = AgricultureUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this.jpa = jpa;
    }

    /**
     * The reservoirs (all when {@code villages} is null, else those in the villages) with their latest inspection on
     * or before {@code asOf}, by village and name.
     */
    public List<ReservoirFact> reservoirs(Set<String> villages, LocalDate asOf) {
        if (villages != null && villages.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(Supports, em -> {
            Map<Long, LocalDate> last = new HashMap<>();
            em.createQuery("SELECT i.reservoirId, MAX(i.inspectedOn) FROM " + InspectionService.ENTITY
                    + " i WHERE i.inspectedOn <= :asOf GROUP BY i.reservoirId", Object[].class)
                    .setParameter("asOf", asOf)
                    .getResultList()
                    .forEach(row -> last.put((Long) row[0], (LocalDate) row[1]));
            Where where = new Where().and("r.village IN :villages", "villages", villages);
            return where.bind(em.createQuery("SELECT r.id, r.code, r.name, r.village, r.alertedFor FROM "
                    + ReservoirService.ENTITY + " r" + where.clause().replace("e.", "r.")
                    + " ORDER BY r.village, r.name, r.id", Object[].class))
                    .getResultList()
                    .stream()
                    .map(row -> new ReservoirFact((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                            last.get((Long) row[0]), (LocalDate) row[4]))
                    .toList();
        });
    }

    /** The inspections whose day lies in {@code from..to} (both included), of reservoirs in the villages. */
    public List<InspectionFact> inspections(Set<String> villages, LocalDate from, LocalDate to) {
        if (villages != null && villages.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(Supports, em -> {
            Where where = new Where().and("i.inspectedOn >= :from", "from", from)
                    .and("i.inspectedOn <= :to", "to", to)
                    .and("r.village IN :villages", "villages", villages);
            return where.bind(em.createQuery("SELECT i.reservoirId, i.inspectedOn, i.passed FROM "
                    + InspectionService.ENTITY + " i, " + ReservoirService.ENTITY + " r" + where.clause()
                    + (where.clause().isEmpty() ? " WHERE " : " AND ") + "r.id = i.reservoirId", Object[].class))
                    .getResultList()
                    .stream()
                    .map(row -> new InspectionFact((Long) row[0], (LocalDate) row[1], (Boolean) row[2]))
                    .toList();
        });
    }

    /** Records that the overdue spell due on {@code dueOn} was alerted. */
    public void alerted(long reservoirId, LocalDate dueOn) {
        // plain SQL, so the reservoir's version stays (an edit open elsewhere is still valid)
        jpa.tx(Required, em -> {
            em.createNativeQuery("UPDATE SG_AGR_RESERVOIR SET ALERTED_FOR = ? WHERE ID = ?")
                    .setParameter(1, java.sql.Date.valueOf(dueOn))
                    .setParameter(2, reservoirId)
                    .executeUpdate();
            em.getEntityManagerFactory().getCache().evict(ReservoirEntity.class, reservoirId);
        });
    }
}
