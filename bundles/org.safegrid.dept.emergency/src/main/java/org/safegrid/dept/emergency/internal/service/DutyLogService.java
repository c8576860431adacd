package org.safegrid.dept.emergency.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.dept.emergency.internal.DutyClock;
import org.safegrid.dept.emergency.internal.dto.LogDto;
import org.safegrid.dept.emergency.internal.dto.PageDto;
import org.safegrid.dept.emergency.internal.model.LogCategory;
import org.safegrid.dept.emergency.internal.model.LogData;
import org.safegrid.dept.emergency.internal.model.PageRequest;
import org.safegrid.dept.emergency.internal.persistence.EmergencyUnit;
import org.safegrid.dept.emergency.internal.persistence.LogEntryEntity;
import org.safegrid.dept.emergency.internal.persistence.Pages;
import org.safegrid.dept.emergency.internal.persistence.Where;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The duty log: stores and finds entries. Active only once the module's schema is at its version (the
 * {@link ModuleSchema} reference).
 */
@Component(service = DutyLogService.class)
public class DutyLogService {

    private static final Logger LOG = LoggerFactory.getLogger(DutyLogService.class);
    private static final String ENTITY = "EmgLogEntry";

    private final JpaTemplate jpa;
    private final DutyClock clock;

    @Activate
    public DutyLogService(@Reference(target = EmergencyUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = EmergencyUnit.SCHEMA_TARGET) ModuleSchema schema, @Reference DutyClock clock) {
        this.jpa = jpa;
        this.clock = clock;
        LOG.debug("Duty log ready on schema {} version {}", schema.module(), schema.version());
    }

    /** Entries that happened on the days of the range (and of the category, when given), latest first. */
    public PageDto<LogDto> list(PageRequest request, LogCategory category) {
        Where where = new Where()
                .and("e.occurredAt >= :from", "from", request.from() == null ? null : request.from().atStartOfDay())
                .and("e.occurredAt < :to", "to", request.to() == null ? null : request.to().plusDays(1).atStartOfDay())
                .and("e.category = :category", "category", category);
        return jpa.txExpr(Supports, em -> Pages.fetch(em, LogEntryEntity.class, ENTITY, where,
                "e.occurredAt DESC, e.id DESC", request, DutyMapper::toDto));
    }

    public Optional<LogDto> find(long id) {
        return jpa.txExpr(Supports,
                em -> Optional.ofNullable(em.find(LogEntryEntity.class, id)).map(DutyMapper::toDto));
    }

    public LogDto create(LogData data, String user) {
        return jpa.txExpr(Required, em -> {
            LogEntryEntity entity = new LogEntryEntity();
            DutyMapper.apply(data, entity);
            entity.created(user, clock.now());
            em.persist(entity);
            em.flush();
            return DutyMapper.toDto(entity);
        });
    }

    /** Replaces an entry; empty when there is no such entry. */
    public Optional<LogDto> update(long id, LogData data, String user) {
        return jpa.txExpr(Required, em -> Optional.ofNullable(em.find(LogEntryEntity.class, id)).map(entity -> {
            DutyMapper.apply(data, entity);
            entity.updated(user, clock.now());
            em.flush();
            return DutyMapper.toDto(entity);
        }));
    }
}
