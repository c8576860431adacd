package org.safegrid.enforcement.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.api.CaseAction;
import org.safegrid.enforcement.api.CaseQuery;
import org.safegrid.enforcement.api.CaseState;
import org.safegrid.enforcement.api.CaseStep;
import org.safegrid.enforcement.internal.model.RepeatRule;
import org.safegrid.enforcement.internal.model.ViolationKinds;
import org.safegrid.enforcement.internal.persistence.CaseEntity;
import org.safegrid.enforcement.internal.persistence.EnforcementUnit;
import org.safegrid.enforcement.internal.persistence.RepeatEntity;
import org.safegrid.enforcement.internal.persistence.StepEntity;
import org.safegrid.enterprises.api.Page;

/**
 * Enforcement cases and their timelines. Opening a case looks for an earlier case of the same kind at the same
 * enterprise in the same transaction, and records a repeat offence when it finds one; every later step checks that the
 * case is still at the version its caller read.
 */
@Component(service = CaseStore.class)
public class CaseStore {

    /** The states of a closed case. */
    static final List<String> CLOSED = List.of(CaseState.REINSPECTED_RECTIFIED.name(), CaseState.RECTIFIED.name());

    private final JpaTemplate jpa;
    private final Clock clock;

    /** A case just opened, with the repeat offence it made, if any. */
    public record Opened(CaseEntity opened, RepeatEntity repeat) {
    }

    /** A step to take on a case: changes it and answers the timeline entry to record. */
    @FunctionalInterface
    public interface Change {
        StepEntity apply(CaseEntity entity, Instant now);
    }

    @Activate
    public CaseStore(@Reference(target = EnforcementUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = EnforcementUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    /**

     * For tests. (Not a second public constructor: Declarative Services picks the constructor by its number of

     * parameters, so only the activation constructor may be public.)

     */

    public static CaseStore withClock(JpaTemplate jpa, Clock clock) {

        return new CaseStore(jpa, clock);

    }

    CaseStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /**
     * Opens a case (step 1). When an earlier case of the same enterprise and violation kind was opened at most
     * {@code windowDays} before it, the new case is marked as repeating it (aggravated) and a repeat offence is
     * recorded until {@code windowDays} after the new case.
     */
    public Opened open(CaseEntity entity, int windowDays) {
        return jpa.txExpr(Required, em -> {
            Instant now = clock.instant();
            em.persist(entity);
            em.flush();
            em.persist(new StepEntity(entity.getId(), CaseAction.ORDER_ISSUED, CaseState.ORDERED, now,
                    entity.getOpenedBy(), "deadline=" + entity.getDeadline(), null));
            List<Long> earlier = em
                    .createQuery("SELECT c.id FROM EnfCase c WHERE c.enterpriseId = :enterprise"
                            + " AND c.violationKind = :kind AND c.openedOn >= :since AND c.id < :id"
                            + " ORDER BY c.openedOn DESC, c.id DESC", Long.class)
                    .setParameter("enterprise", entity.getEnterprise().enterpriseId())
                    .setParameter("kind", entity.getViolationKind())
                    .setParameter("since", RepeatRule.windowStart(entity.getOpenedOn(), windowDays))
                    .setParameter("id", entity.getId())
                    .setMaxResults(1)
                    .getResultList();
            RepeatEntity repeat = null;
            if (!earlier.isEmpty()) {
                long earlierId = earlier.get(0);
                LocalDate windowEnd = RepeatRule.windowEnd(entity.getOpenedOn(), windowDays);
                entity.repeats(earlierId);
                repeat = new RepeatEntity(entity.getEnterprise(), entity.getViolationKind(), entity.getId(),
                        earlierId, now, windowEnd);
                em.persist(repeat);
                em.persist(new StepEntity(entity.getId(), CaseAction.REPEAT_FLAGGED, CaseState.ORDERED, now,
                        entity.getOpenedBy(), "repeatOf=" + earlierId + ";windowEnd=" + windowEnd, null));
            }
            em.flush();
            return new Opened(entity, repeat);
        });
    }

    /** The case, whatever the scope: callers check the enterprise's scope. */
    public Optional<CaseEntity> find(long id) {
        return jpa.txExpr(Supports, em -> Optional.ofNullable(em.find(CaseEntity.class, id)));
    }

    /**
     * Takes a step on a case still at {@code expectedVersion}, recording it on the timeline in the same transaction.
     *
     * @return the changed case, or empty when someone changed it first
     */
    public Optional<CaseEntity> apply(long id, long expectedVersion, Change change) {
        try {
            return Optional.of(jpa.txExpr(Required, em -> {
                CaseEntity entity = em.find(CaseEntity.class, id);
                if (entity == null || entity.getVersion() != expectedVersion) {
                    throw new Stale();
                }
                StepEntity step = change.apply(entity, clock.instant());
                em.flush();
                em.persist(step);
                em.flush();
                return entity;
            }));
        } catch (RuntimeException e) {
            if (isStale(e) || Conflicts.isConflict(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Cases in scope matching the query, latest order first. */
    public <T> Page<T> list(CaseQuery q, DataScope scope, Function<CaseEntity, T> mapper) {
        Where where = Where.scoped(scope)
                .and("a.enterpriseId = :enterpriseId", "enterpriseId", q.enterpriseId())
                .department(q.department())
                .and("a.village = :village", "village", q.village())
                .and("a.state = :state", "state", q.state() == null ? null : q.state().name())
                .and("a.violationKind = :kind", "kind", ViolationKinds.normalise(q.violationKind()))
                .and("a.aggravated = :aggravated", "aggravated", q.aggravated())
                .and(Boolean.FALSE.equals(q.open()) ? "a.state IN :closed" : "a.state NOT IN :closed", "closed",
                        q.open() == null ? null : CLOSED)
                .and("a.openedOn >= :from", "from", q.from())
                .and("a.openedOn <= :to", "to", q.to());
        return jpa.txExpr(Supports, em -> Pages.page(em, "EnfCase", where, "a.openedOn DESC, a.id DESC",
                CaseEntity.class, q.page(), q.size(), mapper));
    }

    /** The cases opened from an inspection, oldest first. */
    public List<CaseEntity> byInspection(long inspectionId) {
        return jpa.txExpr(Supports,
                em -> em.createQuery("SELECT c FROM EnfCase c WHERE c.inspectionId = :id ORDER BY c.id",
                        CaseEntity.class).setParameter("id", inspectionId).getResultList());
    }

    /** A case's timeline, oldest first. */
    public List<CaseStep> timeline(long caseId) {
        return jpa.txExpr(Supports,
                em -> em.createQuery("SELECT s FROM EnfStep s WHERE s.caseId = :id ORDER BY s.id", StepEntity.class)
                        .setParameter("id", caseId)
                        .getResultList()
                        .stream()
                        .map(StepEntity::toApi)
                        .toList());
    }

    private static boolean isStale(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Stale) {
                return true;
            }
        }
        return false;
    }

    /** Unwinds the transaction when the case changed since it was read. */
    private static final class Stale extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stale() {
            super("stale", null, false, false);
        }
    }
}
