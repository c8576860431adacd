package org.safegrid.dept.emergency.internal.levels;

import static org.apache.aries.jpa.template.TransactionType.Required;

import java.util.Set;
import java.util.TreeSet;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.dept.emergency.internal.DutyClock;
import org.safegrid.dept.emergency.internal.persistence.EmergencyUnit;
import org.safegrid.dept.emergency.internal.persistence.LevelWatchEntity;

/**
 * Remembers which of the three levels each major hazard source's plate lacked when the rule last alerted, so that the
 * many enterprise and plate events that change nothing about them stay quiet.
 */
@Component(service = LevelWatchStore.class)
public class LevelWatchStore {

    private final JpaTemplate jpa;
    private final DutyClock clock;

    @Activate
    public LevelWatchStore(@Reference(target = EmergencyUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = EmergencyUnit.SCHEMA_TARGET) ModuleSchema schema, @Reference DutyClock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /**
     * Records the levels the plate lacks now.
     *
     * @return whether they differ from those last alerted about (and are not none), that is whether to alert
     */
    public boolean changed(long enterpriseId, Set<String> missing) {
        String key = String.join(",", new TreeSet<>(missing));
        return jpa.txExpr(Required, em -> {
            LevelWatchEntity row = em.find(LevelWatchEntity.class, enterpriseId);
            if (key.isEmpty()) {
                if (row != null) {
                    em.remove(row);
                }
                return false;
            }
            if (row != null && row.getMissing().equals(key)) {
                return false;
            }
            if (row == null) {
                row = new LevelWatchEntity();
                row.setEnterpriseId(enterpriseId);
                em.persist(row);
            }
            row.setMissing(key);
            row.setAlertedAt(clock.now());
            return true;
        });
    }

    /** Forgets the enterprise: it is no major hazard source (any more). */
    public void forget(long enterpriseId) {
        changed(enterpriseId, Set.of());
    }
}
