package org.safegrid.dept.agriculture.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.dept.agriculture.internal.AgricultureSettings;
import org.safegrid.dept.agriculture.internal.FloodSeasonRule;
import org.safegrid.dept.agriculture.internal.dto.PageDto;
import org.safegrid.dept.agriculture.internal.dto.ReservoirDto;
import org.safegrid.dept.agriculture.internal.dto.StatusDto;
import org.safegrid.dept.agriculture.internal.model.PageRequest;
import org.safegrid.dept.agriculture.internal.model.ReservoirData;
import org.safegrid.dept.agriculture.internal.model.ReservoirFilter;
import org.safegrid.dept.agriculture.internal.persistence.AgricultureUnit;
import org.safegrid.dept.agriculture.internal.persistence.Pages;
import org.safegrid.dept.agriculture.internal.persistence.ReservoirEntity;
import org.safegrid.dept.agriculture.internal.persistence.Where;
import org.safegrid.dept.agriculture.internal.validation.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reservoirs and ponds: stores and finds them, with their flood-season state. Active only once the module's schema
 * is at its version (the {@link ModuleSchema} reference).
 */
@Component(service = ReservoirService.class)
public class ReservoirService {

    static final String ENTITY = "AgrReservoir";
    private static final Logger LOG = LoggerFactory.getLogger(ReservoirService.class);

    private final JpaTemplate jpa;
    private final AgricultureSettings settings;

    @Activate
    public ReservoirService(@Reference(target = AgricultureUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = AgricultureUnit.SCHEMA_TARGET) ModuleSchema schema,
            @Reference AgricultureSettings settings) {
        this.jpa = jpa;
        this.settings = settings;
        LOG.debug("Reservoirs ready on schema {} version {}", schema.module(), schema.version());
    }

    /** Reservoirs matching the filter, by village and name. */
    public PageDto<ReservoirDto> list(PageRequest request, ReservoirFilter filter) {
        LocalDate today = settings.today();
        FloodSeasonRule rule = settings.floodRule();
        Where where = new Where().and("e.village = :village", "village", filter.village())
                .and("e.kind = :kind", "kind", filter.kind())
                .and("(LOWER(e.name) LIKE :text OR LOWER(e.code) LIKE :text)", "text",
                        filter.text() == null ? null : "%" + filter.text().toLowerCase() + "%");
        if (filter.overdue() != null) {
            overdue(where, rule, today, filter.overdue());
        }
        return jpa.txExpr(Supports, em -> Pages.fetch(em, ReservoirEntity.class, ENTITY, where,
                "e.village, e.name, e.id", request, e -> ReservoirMapper.toDto(e, rule, today)));
    }

    /**
     * Adds the overdue condition: in the season and past its first day, a reservoir is overdue when it has no
     * inspection in the last {@code interval} days (see {@link FloodSeasonRule}).
     */
    static void overdue(Where where, FloodSeasonRule rule, LocalDate today, boolean overdue) {
        boolean anyOverdue = rule.season().startOf(today).map(today::isAfter).orElse(false);
        LocalDate cutoff = today.minusDays(rule.intervalDays());
        if (!anyOverdue) {
            if (overdue) {
                where.always("e.id IS NULL"); // none is overdue outside the season
            }
        } else if (overdue) {
            where.and("(e.lastInspectedOn IS NULL OR e.lastInspectedOn < :cutoff)", "cutoff", cutoff);
        } else {
            where.and("e.lastInspectedOn >= :cutoff", "cutoff", cutoff);
        }
    }

    public Optional<ReservoirDto> find(long id) {
        LocalDate today = settings.today();
        FloodSeasonRule rule = settings.floodRule();
        return jpa.txExpr(Supports, em -> Optional.ofNullable(em.find(ReservoirEntity.class, id))
                .map(e -> ReservoirMapper.toDto(e, rule, today)));
    }

    public boolean exists(long id) {
        return jpa.txExpr(Supports, em -> em.find(ReservoirEntity.class, id) != null);
    }

    public ReservoirDto create(ReservoirData data, String user, String language) {
        return write(language, data.code(), em -> {
            requireFreeCode(em, data.code(), null, language);
            ReservoirEntity entity = new ReservoirEntity();
            ReservoirMapper.apply(data, entity);
            entity.created(user, now());
            em.persist(entity);
            em.flush();
            return ReservoirMapper.toDto(entity, settings.floodRule(), settings.today());
        });
    }

    /** Replaces a reservoir read at {@code version}; empty when there is no such reservoir, 409 when it changed. */
    public Optional<ReservoirDto> update(long id, long version, ReservoirData data, String user, String language) {
        return write(language, data.code(), em -> {
            ReservoirEntity entity = em.find(ReservoirEntity.class, id);
            if (entity == null) {
                return Optional.<ReservoirDto>empty();
            }
            if (entity.getVersion() != version) {
                throw Failures.stale(language);
            }
            requireFreeCode(em, data.code(), id, language);
            ReservoirMapper.apply(data, entity);
            entity.updated(user, now());
            em.flush();
            return Optional.of(ReservoirMapper.toDto(entity, settings.floodRule(), settings.today()));
        });
    }

    private <R> R write(String language, String code, EmFunction<R> work) {
        try {
            return jpa.txExpr(Required, work);
        } catch (OptimisticLockException e) {
            throw Failures.stale(language);
        } catch (PersistenceException e) {
            if (Failures.isConstraintViolation(e)) {
                throw Failures.duplicateCode(language, code); // the only unique key; a race past the check
            }
            throw e;
        }
    }

    private static void requireFreeCode(EntityManager em, String code, Long self, String language) {
        Where where = new Where().and("e.code = :code", "code", code).and("e.id <> :self", "self", self);
        Long taken = where.bind(em.createQuery("SELECT COUNT(e) FROM " + ENTITY + " e" + where.clause(), Long.class))
                .getSingleResult();
        if (taken > 0) {
            throw Failures.duplicateCode(language, code);
        }
    }

    /** The flood-season picture today, for the dashboard. */
    public StatusDto status() {
        LocalDate today = settings.today();
        FloodSeasonRule rule = settings.floodRule();
        PageDto<ReservoirDto> overdue = list(new PageRequest(0, PageRequest.MAX_SIZE, null, null),
                new ReservoirFilter(null, null, null, true));
        long total = jpa.txExpr(Supports,
                em -> em.createQuery("SELECT COUNT(e) FROM " + ENTITY + " e", Long.class).getSingleResult());
        List<ReservoirDto> longest = overdue.items()
                .stream()
                .sorted(Comparator.comparing(ReservoirDto::dueOn).thenComparing(ReservoirDto::name))
                .limit(20)
                .toList();
        return new StatusDto(today.toString(), rule.season().contains(today), rule.season().toString(),
                rule.intervalDays(), total, overdue.total(), longest);
    }

    LocalDateTime now() {
        return LocalDateTime.now(settings.clock()).truncatedTo(ChronoUnit.SECONDS);
    }
}
