package org.safegrid.dept.agriculture.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.dept.agriculture.internal.AgricultureSettings;
import org.safegrid.dept.agriculture.internal.dto.InspectionDto;
import org.safegrid.dept.agriculture.internal.dto.PageDto;
import org.safegrid.dept.agriculture.internal.model.InspectionData;
import org.safegrid.dept.agriculture.internal.model.PageRequest;
import org.safegrid.dept.agriculture.internal.persistence.AgricultureUnit;
import org.safegrid.dept.agriculture.internal.persistence.InspectionEntity;
import org.safegrid.dept.agriculture.internal.persistence.Pages;
import org.safegrid.dept.agriculture.internal.persistence.ReservoirEntity;
import org.safegrid.dept.agriculture.internal.persistence.Where;

/**
 * The flood-season inspections of the reservoirs. Recording one also moves the reservoir's latest inspection day
 * forward, in the same transaction, without touching the reservoir's version (so an edit open elsewhere stays valid).
 */
@Component(service = InspectionService.class)
public class InspectionService {

    static final String ENTITY = "AgrInspection";

    private final JpaTemplate jpa;
    private final AgricultureSettings settings;

    @Activate
    public InspectionService(@Reference(target = AgricultureUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = AgricultureUnit.SCHEMA_TARGET) ModuleSchema schema,
            @Reference AgricultureSettings settings) {
        this.jpa = jpa;
        this.settings = settings;
    }

    /** A reservoir's inspections whose day is in the range, latest first. */
    public PageDto<InspectionDto> list(long reservoirId, PageRequest request) {
        Where where = new Where().and("e.reservoirId = :reservoir", "reservoir", reservoirId)
                .and("e.inspectedOn >= :from", "from", request.from())
                .and("e.inspectedOn <= :to", "to", request.to());
        return jpa.txExpr(Supports, em -> Pages.fetch(em, InspectionEntity.class, ENTITY, where,
                "e.inspectedOn DESC, e.id DESC", request, ReservoirMapper::toDto));
    }

    /** Records an inspection; empty when there is no such reservoir. */
    public Optional<InspectionDto> add(long reservoirId, InspectionData data, String user) {
        return jpa.txExpr(Required, em -> {
            if (em.find(ReservoirEntity.class, reservoirId) == null) {
                return Optional.<InspectionDto>empty();
            }
            InspectionEntity entity = new InspectionEntity();
            entity.setReservoirId(reservoirId);
            ReservoirMapper.apply(data, entity);
            entity.created(user, LocalDateTime.now(settings.clock()).truncatedTo(ChronoUnit.SECONDS));
            em.persist(entity);
            em.flush();
            // plain SQL: a JPQL bulk update would raise the reservoir's version (EclipseLink does)
            em.createNativeQuery("UPDATE SG_AGR_RESERVOIR SET LAST_INSPECTED_ON = ? WHERE ID = ?"
                    + " AND (LAST_INSPECTED_ON IS NULL OR LAST_INSPECTED_ON < ?)")
                    .setParameter(1, java.sql.Date.valueOf(data.inspectedOn()))
                    .setParameter(2, reservoirId)
                    .setParameter(3, java.sql.Date.valueOf(data.inspectedOn()))
                    .executeUpdate();
            em.getEntityManagerFactory().getCache().evict(ReservoirEntity.class, reservoirId);
            return Optional.of(ReservoirMapper.toDto(entity));
        }).map(saved -> {
            jpa.tx(Supports, em -> em.getEntityManagerFactory().getCache().evict(ReservoirEntity.class, reservoirId));
            return saved;
        });
    }
}
