package org.safegrid.enforcement.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.api.ComplianceSnapshot;
import org.safegrid.enforcement.api.Inspection;
import org.safegrid.enforcement.api.InspectionKind;
import org.safegrid.enforcement.api.InspectionQuery;
import org.safegrid.enforcement.internal.persistence.EnforcementUnit;
import org.safegrid.enforcement.internal.persistence.EnterpriseColumns;
import org.safegrid.enforcement.internal.persistence.InspectionEntity;
import org.safegrid.enforcement.internal.persistence.InspectionHazardEntity;
import org.safegrid.enterprises.api.Page;

/** Inspections and the hazards reported from them. */
@Component(service = InspectionStore.class)
public class InspectionStore {

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public InspectionStore(@Reference(target = EnforcementUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = EnforcementUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    /**

     * For tests. (Not a second public constructor: Declarative Services picks the constructor by its number of

     * parameters, so only the activation constructor may be public.)

     */

    public static InspectionStore withClock(JpaTemplate jpa, Clock clock) {

        return new InspectionStore(jpa, clock);

    }

    InspectionStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** Stores an inspection with its compliance snapshot (null when none was taken). */
    public Inspection create(EnterpriseColumns enterprise, InspectionKind kind, LocalDate date,
            String inspectors, String findings, ComplianceSnapshot compliance, String user) {
        return jpa.txExpr(Required, em -> {
            InspectionEntity entity = new InspectionEntity(enterprise, kind.name(), date, inspectors, findings);
            entity.compliance(compliance);
            entity.created(user, clock.instant());
            em.persist(entity);
            em.flush();
            return toInspection(entity);
        });
    }

    /** The inspection, whatever the scope: callers check the enterprise's scope. */
    public Optional<Inspection> get(long id) {
        return jpa.txExpr(Supports,
                em -> Optional.ofNullable(em.find(InspectionEntity.class, id)).map(InspectionStore::toInspection));
    }

    /** Inspections in scope matching the query, latest first. */
    public Page<Inspection> list(InspectionQuery q, DataScope scope) {
        Where where = Where.scoped(scope)
                .and("a.enterpriseId = :enterpriseId", "enterpriseId", q.enterpriseId())
                .department(q.department())
                .and("a.village = :village", "village", q.village())
                .and("a.kind = :kind", "kind", q.kind() == null ? null : q.kind().name())
                .and("a.inspectedOn >= :from", "from", q.from())
                .and("a.inspectedOn <= :to", "to", q.to());
        return jpa.txExpr(Supports, em -> Pages.page(em, "EnfInspection", where, "a.inspectedOn DESC, a.id DESC",
                InspectionEntity.class, q.page(), q.size(), InspectionStore::toInspection));
    }

    /** Records that a hazard was reported from an inspection. */
    public void linkHazard(long inspectionId, long hazardId, String user) {
        jpa.tx(Required, em -> em.persist(new InspectionHazardEntity(inspectionId, hazardId, clock.instant(), user)));
    }

    /** The hazards reported from an inspection, in the order they were reported. */
    public List<Long> hazards(long inspectionId) {
        return jpa.txExpr(Supports,
                em -> em.createQuery("SELECT h.hazardId FROM EnfInspectionHazard h WHERE h.inspectionId = :id"
                        + " ORDER BY h.createdAt, h.hazardId", Long.class).setParameter("id", inspectionId)
                        .getResultList());
    }

    static Inspection toInspection(InspectionEntity e) {
        return new Inspection(e.getId(), e.getEnterpriseId(), e.getEnterpriseName(), e.getDepartment(),
                e.getSecondDepartment(), e.getVillage(), e.getActingDepartment(), InspectionKind.valueOf(e.getKind()),
                e.getInspectedOn(), e.getInspectors(), e.getFindings(), e.getCompliance(), e.getCreatedAt(),
                e.getCreatedBy());
    }
}
