package org.safegrid.dept.citymgmt.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.dept.citymgmt.internal.model.BillboardFact;
import org.safegrid.dept.citymgmt.internal.persistence.BillboardEntity;
import org.safegrid.dept.citymgmt.internal.persistence.CityUnit;
import org.safegrid.dept.citymgmt.internal.persistence.Where;

/** What the report section and the daily check read of the billboards, and which overdue spell was alerted. */
@Component(service = BillboardFacts.class)
public class BillboardFacts {

    private final JpaTemplate jpa;

    @Activate
    public BillboardFacts(@Reference(target = CityUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = CityUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this.jpa = jpa;
    }

    /** The billboards installed on or before {@code asOf} (all when {@code villages} is null), by village and code. */
    public List<BillboardFact> billboards(Set<String> villages, LocalDate asOf) {
        if (villages != null && villages.isEmpty()) {
            return List.of();
        }
        Where where = new Where().and("e.installedOn <= :asOf", "asOf", asOf)
                .and("e.village IN :villages", "villages", villages);
        return jpa.txExpr(Supports, em -> where.bind(em.createQuery("SELECT e FROM " + BillboardService.ENTITY
                + " e" + where.clause() + " ORDER BY e.village, e.code, e.id", BillboardEntity.class))
                .getResultList()
                .stream()
                .map(e -> new BillboardFact(e.getId(), e.getCode(), e.getLocation(), e.getVillage(),
                        BillboardMapper.area(e.getWidth(), e.getHeight()), e.getInstalledOn(), e.getLastCheckedOn(),
                        e.getAlertedFor()))
                .toList());
    }

    /** Records that the overdue spell due on {@code dueOn} was alerted, keeping the billboard's version. */
    public void alerted(long billboardId, LocalDate dueOn) {
        jpa.tx(Required, em -> {
            em.createNativeQuery("UPDATE SG_CTY_BILLBOARD SET ALERTED_FOR = ? WHERE ID = ?")
                    .setParameter(1, java.sql.Date.valueOf(dueOn))
                    .setParameter(2, billboardId)
                    .executeUpdate();
            em.getEntityManagerFactory().getCache().evict(BillboardEntity.class, billboardId);
        });
    }
}
