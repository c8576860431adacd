package org.safegrid.hazards.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.Page;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.api.NewHazard;
import org.safegrid.hazards.internal.lifecycle.HazardAction;
import org.safegrid.hazards.internal.model.BoardFilter;
import org.safegrid.hazards.internal.model.BoardSort;
import org.safegrid.hazards.internal.model.HazardRecord;
import org.safegrid.hazards.internal.model.HazardStats;
import org.safegrid.hazards.internal.model.TimelineEntry;
import org.safegrid.hazards.internal.persistence.BoardQuery;
import org.safegrid.hazards.internal.persistence.Conflicts;
import org.safegrid.hazards.internal.persistence.HazardEntity;
import org.safegrid.hazards.internal.persistence.HazardsUnit;
import org.safegrid.hazards.internal.persistence.TimelineEntity;
import org.safegrid.hazards.internal.validation.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores hazards and their timelines. Every read applies the caller's scope through {@link BoardQuery}. Active only
 * once the module's schema is at its version (the {@link ModuleSchema} reference).
 */
@Component(service = HazardStore.class)
public class HazardStore {

    private static final Logger LOG = LoggerFactory.getLogger(HazardStore.class);

    private final JpaTemplate jpa;
    private final OverdueMarks overdueMarks;

    @Activate
    public HazardStore(@Reference(target = HazardsUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = HazardsUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this.jpa = jpa;
        this.overdueMarks = new OverdueMarks(jpa);
        LOG.debug("Hazard store ready on schema {} version {}", schema.module(), schema.version());
    }

    /** Stores a checked hazard in state {@code REPORTED} with its first timeline entry. */
    HazardRecord insert(NewHazard hazard, Enterprise enterprise, String user, Instant now, LocalDate today) {
        return jpa.txExpr(Required, em -> {
            HazardEntity entity = new HazardEntity();
            entity.report(enterprise, hazard.source(), hazard.sourceRef(), hazard.description(), hazard.level(),
                    hazard.deadline(), hazard.fiveFixes(), user, now);
            em.persist(entity);
            em.flush();
            em.persist(new TimelineEntity(entity.getId(), now, user, HazardAction.REPORT, null,
                    HazardState.REPORTED, null, null));
            return HazardMapper.toRecord(entity, today);
        });
    }

    /** The hazard, if the scope sees it. */
    Optional<HazardRecord> find(long id, DataScope scope, LocalDate today) {
        BoardQuery query = BoardQuery.of(scope, today).id(id);
        return jpa.txExpr(Supports, em -> query.select(em, null)
                .getResultList()
                .stream()
                .findFirst()
                .map(e -> HazardMapper.toRecord(e, today)));
    }

    /**
     * Runs a change in one transaction: loads the hazard in scope (404 otherwise), compares the version the client
     * read when it sent one (409 {@code stale}), lets {@code change} check and alter it, records the timeline entry and
     * moves the version. A concurrent change that wins the race also ends in {@code stale}.
     *
     * @param expectedVersion the version the client read, or null to skip the comparison
     * @param enterprise the enterprise as the registry holds it now, whose name, departments and village are copied
     *            again; null to keep the copies
     */
    HazardRecord change(long id, DataScope scope, Long expectedVersion, Enterprise enterprise, String user,
            Instant now, LocalDate today, boolean english, Change change) {
        try {
            return jpa.txExpr(Required, em -> {
                HazardEntity entity = BoardQuery.of(scope, today)
                        .id(id)
                        .select(em, null)
                        .getResultList()
                        .stream()
                        .findFirst()
                        .orElseThrow(() -> Failures.hazardNotFound(id, english));
                if (expectedVersion != null && expectedVersion != entity.getVersion()) {
                    throw Failures.stale(expectedVersion, entity.getVersion(), english);
                }
                HazardState from = entity.getState();
                Change.Entry entry = change.apply(entity);
                if (enterprise != null) {
                    entity.copy(enterprise);
                }
                // a change that alters no column (the same fixes again) must still move the version
                em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                em.persist(new TimelineEntity(id, now, user, entry.action(), from, entity.getState(), entry.note(),
                        entry.evidence()));
                em.flush();
                return HazardMapper.toRecord(entity, today);
            });
        } catch (RuntimeException e) {
            if (Conflicts.isOptimisticLock(e)) {
                throw Failures.stale(expectedVersion, null, english);
            }
            throw e;
        }
    }

    /**
     * One page of the board. Overdue-first is two queries paged as one: the overdue hazards by deadline, then the
     * others by deadline.
     */
    Page<HazardRecord> page(DataScope scope, BoardFilter filter, BoardSort sort, int page, int size,
            LocalDate today) {
        BoardFilter f = filter == null ? BoardFilter.none() : filter;
        long offset = (long) page * size;
        return jpa.txExpr(Supports, em -> {
            long total = BoardQuery.of(scope, today).filter(f).count(em).getSingleResult();
            if (total <= offset) {
                return new Page<>(List.of(), page, size, total);
            }
            List<HazardEntity> rows;
            if (sort == BoardSort.OVERDUE && f.overdue() == null) {
                BoardQuery overdue = BoardQuery.of(scope, today).filter(f.withOverdue(true));
                long overdueCount = overdue.count(em).getSingleResult();
                rows = new ArrayList<>(offset < overdueCount ? rows(em, overdue, offset, size) : List.of());
                if (rows.size() < size) {
                    rows.addAll(rows(em, BoardQuery.of(scope, today).filter(f.withOverdue(false)),
                            Math.max(0, offset - overdueCount), size - rows.size()));
                }
            } else {
                rows = rows(em, BoardQuery.of(scope, today).filter(f), offset, size, sort);
            }
            return new Page<>(rows.stream().map(e -> HazardMapper.toRecord(e, today)).toList(), page, size, total);
        });
    }

    private static List<HazardEntity> rows(EntityManager em, BoardQuery query, long offset, int limit) {
        return rows(em, query, offset, limit, BoardSort.DEADLINE);
    }

    private static List<HazardEntity> rows(EntityManager em, BoardQuery query, long offset, int limit,
            BoardSort sort) {
        return query.select(em, sort).setFirstResult((int) offset).setMaxResults(limit).getResultList();
    }

    /** Counts by state and level, and the overdue ones, in one grouped query. */
    HazardStats stats(DataScope scope, BoardFilter filter, LocalDate today) {
        BoardQuery query = BoardQuery.of(scope, today).filter(filter);
        return jpa.txExpr(Supports, em -> {
            Map<HazardState, Long> byState = new EnumMap<>(HazardState.class);
            Map<HazardLevel, Long> byLevel = new EnumMap<>(HazardLevel.class);
            Map<HazardLevel, Long> openByLevel = new EnumMap<>(HazardLevel.class);
            for (HazardState s : HazardState.values()) {
                byState.put(s, 0L);
            }
            for (HazardLevel l : HazardLevel.values()) {
                byLevel.put(l, 0L);
                openByLevel.put(l, 0L);
            }
            long total = 0;
            long overdue = 0;
            for (Object[] row : query.countsByStateAndLevel(em).getResultList()) {
                HazardState state = (HazardState) row[0];
                HazardLevel level = (HazardLevel) row[1];
                long count = ((Number) row[2]).longValue();
                total += count;
                byState.merge(state, count, Long::sum);
                byLevel.merge(level, count, Long::sum);
                if (state != HazardState.CLOSED) {
                    openByLevel.merge(level, count, Long::sum);
                    overdue += row[3] == null ? 0 : ((Number) row[3]).longValue();
                }
            }
            return new HazardStats(total, total - byState.get(HazardState.CLOSED), overdue, byState, byLevel,
                    openByLevel);
        });
    }

    /** A hazard's timeline in order, oldest first; the caller has checked the scope. */
    Page<TimelineEntry> timeline(long hazardId, int page, int size) {
        return jpa.txExpr(Supports, em -> {
            long total = em
                    .createQuery("SELECT COUNT(t) FROM " + HazardsUnit.TIMELINE + " t WHERE t.hazardId = :id",
                            Long.class)
                    .setParameter("id", hazardId)
                    .getSingleResult();
            long offset = (long) page * size;
            if (total <= offset) {
                return new Page<>(List.of(), page, size, total);
            }
            return new Page<>(timeline(em, hazardId).setFirstResult((int) offset)
                    .setMaxResults(size)
                    .getResultList()
                    .stream()
                    .map(HazardMapper::toEntry)
                    .toList(), page, size, total);
        });
    }

    /** A hazard's whole timeline, oldest first. */
    List<TimelineEntry> timeline(long hazardId) {
        return jpa.txExpr(Supports,
                em -> timeline(em, hazardId).getResultList().stream().map(HazardMapper::toEntry).toList());
    }

    /** The overdue job's queries on the same unit. */
    OverdueMarks overdueMarks() {
        return overdueMarks;
    }

    private static TypedQuery<TimelineEntity> timeline(EntityManager em, long hazardId) {
        return em
                .createQuery("SELECT t FROM " + HazardsUnit.TIMELINE + " t WHERE t.hazardId = :id"
                        + " ORDER BY t.changedAt, t.id", TimelineEntity.class)
                .setParameter("id", hazardId);
    }
}
