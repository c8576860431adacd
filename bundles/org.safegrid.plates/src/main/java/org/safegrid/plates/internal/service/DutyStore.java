package org.safegrid.plates.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.plates.internal.model.Duty;
import org.safegrid.plates.internal.persistence.DutyEntity;
import org.safegrid.plates.internal.persistence.PlatesUnit;

/**
 * The duty standards (履职标准) of the roles. Every plate read shows them, so they are kept in memory and reloaded
 * after a change made here.
 */
@Component(service = DutyStore.class)
public class DutyStore {

    private final JpaTemplate jpa;
    private final Clock clock;
    private volatile Map<String, Duty> cache;

    @Activate
    public DutyStore(@Reference(target = PlatesUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = PlatesUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    DutyStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** Every stored duty standard by role code. */
    public Map<String, Duty> all() {
        Map<String, Duty> duties = cache;
        if (duties == null) {
            duties = jpa.txExpr(Supports,
                    em -> em.createQuery("SELECT d FROM PltDuty d", DutyEntity.class)
                            .getResultList()
                            .stream()
                            .map(DutyStore::toDuty)
                            .collect(Collectors.toUnmodifiableMap(Duty::role, Function.identity())));
            cache = duties;
        }
        return duties;
    }

    /** Sets the duty standard of a role, creating it when the role has none yet. */
    public Duty save(String role, String duty, String dutyEn, String user) {
        try {
            return jpa.txExpr(Required, em -> {
                DutyEntity entity = em.find(DutyEntity.class, role);
                boolean created = entity == null;
                if (created) {
                    entity = new DutyEntity(role);
                }
                entity.change(duty, dutyEn, user, clock.instant());
                if (created) {
                    em.persist(entity);
                }
                em.flush();
                return toDuty(entity);
            });
        } finally {
            cache = null;
        }
    }

    private static Duty toDuty(DutyEntity e) {
        return new Duty(e.getRole(), e.getDuty(), e.getDutyEn(), e.getUpdatedAt(), e.getUpdatedBy());
    }
}
