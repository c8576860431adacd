package org.safegrid.hazards.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.safegrid.hazards.internal.lifecycle.HazardAction;
import org.safegrid.hazards.internal.lifecycle.Lifecycle;
import org.safegrid.hazards.internal.model.HazardRecord;
import org.safegrid.hazards.internal.persistence.HazardEntity;
import org.safegrid.hazards.internal.persistence.HazardsUnit;
import org.safegrid.hazards.internal.persistence.TimelineEntity;

/**
 * The overdue job's queries: which hazards became overdue without their event, and marking one (once, whoever runs
 * the job) with a timeline entry.
 */
final class OverdueMarks {

    /** The open states as an SQL list of literals (enum names only, nothing from a request). */
    private static final String OPEN_STATES = Lifecycle.openStates()
            .stream()
            .map(state -> "'" + state.name() + "'")
            .collect(Collectors.joining(", "));

    private final JpaTemplate jpa;

    OverdueMarks(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** Ids of open hazards past their deadline whose OVERDUE event has not gone out, oldest deadline first. */
    List<Long> notNotified(LocalDate today, int limit) {
        return jpa.txExpr(Supports, em -> em
                .createQuery("SELECT h.id FROM " + HazardsUnit.HAZARD + " h WHERE h.state IN :open"
                        + " AND h.deadline < :today AND h.overdueNotified = :notified ORDER BY h.deadline, h.id",
                        Long.class)
                .setParameter("open", List.copyOf(Lifecycle.openStates()))
                .setParameter("today", today)
                .setParameter("notified", Boolean.FALSE)
                .setMaxResults(limit)
                .getResultList());
    }

    /**
     * Marks one hazard as notified overdue and records it in the timeline, unless another run (or another node) did
     * first. Leaves the version alone: the job must not turn a user's next change into a {@code stale}.
     *
     * @return the hazard when this call marked it, empty when it was marked already or is no longer overdue
     */
    Optional<HazardRecord> mark(long id, String user, Instant now, LocalDate today) {
        return jpa.txExpr(Required, em -> {
            // native SQL: JPQL's bulk update would also move the version, and EclipseLink writes a bound boolean to
            // Derby as 1, which Derby will not compare with a BOOLEAN column; TRUE and FALSE are portable literals
            int marked = em.createNativeQuery("UPDATE SG_HAZ_HAZARD SET OVERDUE_NOTIFIED = TRUE"
                    + " WHERE ID = ? AND OVERDUE_NOTIFIED = FALSE AND STATE IN (" + OPEN_STATES + ") AND DEADLINE < ?")
                    .setParameter(1, id)
                    .setParameter(2, today)
                    .executeUpdate();
            if (marked == 0) {
                return Optional.empty();
            }
            HazardEntity entity = em.find(HazardEntity.class, id);
            em.refresh(entity);
            em.persist(new TimelineEntity(id, now, user, HazardAction.MARK_OVERDUE, entity.getState(),
                    entity.getState(), null, null));
            return Optional.of(HazardMapper.toRecord(entity, today));
        });
    }

}
