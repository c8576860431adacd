package org.safegrid.dept.citymgmt.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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
import org.safegrid.dept.citymgmt.internal.CitySettings;
import org.safegrid.dept.citymgmt.internal.dto.BillboardDto;
import org.safegrid.dept.citymgmt.internal.dto.PageDto;
import org.safegrid.dept.citymgmt.internal.model.BillboardData;
import org.safegrid.dept.citymgmt.internal.model.BillboardFilter;
import org.safegrid.dept.citymgmt.internal.model.PageRequest;
import org.safegrid.dept.citymgmt.internal.persistence.BillboardEntity;
import org.safegrid.dept.citymgmt.internal.persistence.CityUnit;
import org.safegrid.dept.citymgmt.internal.persistence.Pages;
import org.safegrid.dept.citymgmt.internal.persistence.Where;
import org.safegrid.dept.citymgmt.internal.validation.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outdoor billboards: stores and finds them, with the state of their structural check. Active only once the
 * module's schema is at its version (the {@link ModuleSchema} reference).
 */
@Component(service = BillboardService.class)
public class BillboardService {

    static final String ENTITY = "CtyBillboard";
    private static final Logger LOG = LoggerFactory.getLogger(BillboardService.class);

    private final JpaTemplate jpa;
    private final CitySettings settings;

    @Activate
    public BillboardService(@Reference(target = CityUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = CityUnit.SCHEMA_TARGET) ModuleSchema schema, @Reference CitySettings settings) {
        this.jpa = jpa;
        this.settings = settings;
        LOG.debug("Billboards ready on schema {} version {}", schema.module(), schema.version());
    }

    /** Billboards matching the filter, by village and code. */
    public PageDto<BillboardDto> list(PageRequest request, BillboardFilter filter) {
        LocalDate today = settings.today();
        LocalDate cutoff = today.minusDays(settings.structuralCheckIntervalDays());
        Where where = new Where().and("e.village = :village", "village", filter.village())
                .and("e.kind = :kind", "kind", filter.kind())
                .and("(LOWER(e.code) LIKE :text OR LOWER(e.location) LIKE :text OR LOWER(e.owner) LIKE :text)",
                        "text", filter.text() == null ? null : "%" + filter.text().toLowerCase() + "%");
        if (Boolean.TRUE.equals(filter.overdue())) {
            // due the interval after the last check (or the installation); overdue from the day after
            where.and("COALESCE(e.lastCheckedOn, e.installedOn) < :cutoff", "cutoff", cutoff);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            where.and("COALESCE(e.lastCheckedOn, e.installedOn) >= :cutoff", "cutoff", cutoff);
        }
        return jpa.txExpr(Supports, em -> Pages.fetch(em, BillboardEntity.class, ENTITY, where,
                "e.village, e.code, e.id", request, e -> BillboardMapper.toDto(e, settings, today)));
    }

    public Optional<BillboardDto> find(long id) {
        LocalDate today = settings.today();
        return jpa.txExpr(Supports, em -> Optional.ofNullable(em.find(BillboardEntity.class, id))
                .map(e -> BillboardMapper.toDto(e, settings, today)));
    }

    public long count() {
        return jpa.txExpr(Supports,
                em -> em.createQuery("SELECT COUNT(e) FROM " + ENTITY + " e", Long.class).getSingleResult());
    }

    public BillboardDto create(BillboardData data, String user, String language) {
        return write(language, data.code(), em -> {
            requireFreeCode(em, data.code(), null, language);
            BillboardEntity entity = new BillboardEntity();
            BillboardMapper.apply(data, entity);
            entity.created(user, now());
            em.persist(entity);
            em.flush();
            return BillboardMapper.toDto(entity, settings, settings.today());
        });
    }

    /** Replaces a billboard read at {@code version}; empty when there is none, 409 {@code stale} when it changed. */
    public Optional<BillboardDto> update(long id, long version, BillboardData data, String user, String language) {
        return write(language, data.code(), em -> {
            BillboardEntity entity = em.find(BillboardEntity.class, id);
            if (entity == null) {
                return Optional.<BillboardDto>empty();
            }
            if (entity.getVersion() != version) {
                throw Failures.stale(language);
            }
            requireFreeCode(em, data.code(), id, language);
            BillboardMapper.apply(data, entity);
            entity.updated(user, now());
            em.flush();
            return Optional.of(BillboardMapper.toDto(entity, settings, settings.today()));
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

    LocalDateTime now() {
        return LocalDateTime.now(settings.clock()).truncatedTo(ChronoUnit.SECONDS);
    }
}
