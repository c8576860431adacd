package org.safegrid.dept.emergency.internal.report;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDate;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.dept.emergency.internal.DutyClock;
import org.safegrid.dept.emergency.internal.persistence.DgHazardEntity;
import org.safegrid.dept.emergency.internal.persistence.EmergencyUnit;

/** The hazards at dangerous-goods enterprises that the ledger has seen, in {@code SG_EMG_DG_HAZARD}. */
@Component(service = DangerousGoodsHazards.class)
public class DangerousGoodsHazards {

    private final JpaTemplate jpa;
    private final DutyClock clock;

    @Activate
    public DangerousGoodsHazards(@Reference(target = EmergencyUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = EmergencyUnit.SCHEMA_TARGET) ModuleSchema schema, @Reference DutyClock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** Stores the hazard as it stands now, replacing what was known of it. */
    public void record(HazardFacts facts) {
        jpa.tx(Required, em -> {
            DgHazardEntity row = em.find(DgHazardEntity.class, facts.hazardId());
            if (row == null) {
                row = new DgHazardEntity();
                row.setHazardId(facts.hazardId());
                em.persist(row);
            }
            row.setEnterpriseId(facts.enterpriseId());
            row.setEnterpriseName(cut(facts.enterpriseName(), 200));
            row.setSector(facts.sector());
            row.setDepartment(facts.department());
            row.setSecondDepartment(facts.secondDepartment());
            row.setVillage(facts.village());
            row.setLevel(facts.level());
            row.setState(facts.state());
            row.setReportedOn(facts.reportedOn());
            row.setDeadline(facts.deadline());
            row.setClosedOn(facts.closedOn());
            row.setUpdatedAt(clock.now());
        });
    }

    /** The hazards open at the end of the day (reported by then, not closed by then). */
    public List<HazardFacts> openOn(LocalDate day) {
        return jpa.txExpr(Supports,
                em -> em.createQuery("SELECT e FROM EmgDgHazard e WHERE e.reportedOn <= :day"
                        + " AND (e.closedOn IS NULL OR e.closedOn > :day) ORDER BY e.enterpriseId, e.hazardId",
                        DgHazardEntity.class).setParameter("day", day).getResultList().stream().map(e -> facts(e))
                        .toList());
    }

    private static HazardFacts facts(DgHazardEntity e) {
        return new HazardFacts(e.getHazardId(), e.getEnterpriseId(), e.getEnterpriseName(), e.getSector(),
                e.getDepartment(), e.getSecondDepartment(), e.getVillage(), e.getLevel(), e.getState(),
                e.getReportedOn(), e.getDeadline(), e.getClosedOn());
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
