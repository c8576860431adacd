package org.safegrid.dept.emergency.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDateTime;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.dept.emergency.internal.DutyClock;
import org.safegrid.dept.emergency.internal.dto.OnDutyDto;
import org.safegrid.dept.emergency.internal.dto.PageDto;
import org.safegrid.dept.emergency.internal.dto.ShiftDto;
import org.safegrid.dept.emergency.internal.model.PageRequest;
import org.safegrid.dept.emergency.internal.model.ShiftData;
import org.safegrid.dept.emergency.internal.persistence.EmergencyUnit;
import org.safegrid.dept.emergency.internal.persistence.Pages;
import org.safegrid.dept.emergency.internal.persistence.ShiftEntity;
import org.safegrid.dept.emergency.internal.persistence.Where;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The duty roster: stores and finds shifts. Active only once the module's schema is at its version (the
 * {@link ModuleSchema} reference).
 */
@Component(service = ShiftService.class)
public class ShiftService {

    private static final Logger LOG = LoggerFactory.getLogger(ShiftService.class);
    private static final String ENTITY = "EmgShift";

    private final JpaTemplate jpa;
    private final DutyClock clock;

    @Activate
    public ShiftService(@Reference(target = EmergencyUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = EmergencyUnit.SCHEMA_TARGET) ModuleSchema schema, @Reference DutyClock clock) {
        this.jpa = jpa;
        this.clock = clock;
        LOG.debug("Duty roster ready on schema {} version {}", schema.module(), schema.version());
    }

    /** Shifts whose duty date is in the range, latest first. */
    public PageDto<ShiftDto> list(PageRequest request) {
        Where where = new Where().and("e.date >= :from", "from", request.from())
                .and("e.date <= :to", "to", request.to());
        return jpa.txExpr(Supports, em -> Pages.fetch(em, ShiftEntity.class, ENTITY, where,
                "e.date DESC, e.startAt DESC, e.id DESC", request, DutyMapper::toDto));
    }

    public Optional<ShiftDto> find(long id) {
        return jpa.txExpr(Supports, em -> Optional.ofNullable(em.find(ShiftEntity.class, id)).map(DutyMapper::toDto));
    }

    public boolean exists(long id) {
        return find(id).isPresent();
    }

    public ShiftDto create(ShiftData data, String user) {
        return jpa.txExpr(Required, em -> {
            ShiftEntity entity = new ShiftEntity();
            DutyMapper.apply(data, entity);
            entity.created(user, clock.now());
            em.persist(entity);
            em.flush();
            return DutyMapper.toDto(entity);
        });
    }

    /** Replaces a shift; empty when there is no such shift. */
    public Optional<ShiftDto> update(long id, ShiftData data, String user) {
        return jpa.txExpr(Required, em -> Optional.ofNullable(em.find(ShiftEntity.class, id)).map(entity -> {
            DutyMapper.apply(data, entity);
            entity.updated(user, clock.now());
            em.flush();
            return DutyMapper.toDto(entity);
        }));
    }

    /** Who is on duty now: the shifts running at the town's current time, earliest start first. */
    public OnDutyDto current() {
        LocalDateTime now = clock.now();
        Where where = new Where().and("e.startAt <= :now", "now", now).and("e.endAt > :now", "now", now);
        return jpa.txExpr(Supports, em -> new OnDutyDto(DutyMapper.dateTime(now),
                where.bind(em.createQuery("SELECT e FROM " + ENTITY + " e" + where.clause()
                        + " ORDER BY e.startAt, e.id", ShiftEntity.class))
                        .getResultList()
                        .stream()
                        .map(DutyMapper::toDto)
                        .toList()));
    }
}
