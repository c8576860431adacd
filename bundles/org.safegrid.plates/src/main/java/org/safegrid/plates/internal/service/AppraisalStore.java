package org.safegrid.plates.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.enterprises.api.Page;
import org.safegrid.plates.api.PlatePerson;
import org.safegrid.plates.internal.model.Appraisal;
import org.safegrid.plates.internal.model.AppraisalData;
import org.safegrid.plates.internal.model.AppraisalResult;
import org.safegrid.plates.internal.model.FollowUp;
import org.safegrid.plates.internal.persistence.AppraisalEntity;
import org.safegrid.plates.internal.persistence.PlatesUnit;

/** Appraisals (考核) of the people on plates: one per person and period. */
@Component(service = AppraisalStore.class)
public class AppraisalStore {

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public AppraisalStore(@Reference(target = PlatesUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = PlatesUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    AppraisalStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /**
     * Records an appraisal of a person on an enterprise's plate.
     *
     * @return the appraisal, or empty when the person already has one for the period
     */
    public Optional<Appraisal> create(long enterpriseId, PlatePerson person, AppraisalData data, String user) {
        try {
            return jpa.txExpr(Required, em -> {
                long existing = em
                        .createQuery("SELECT COUNT(a) FROM PltAppraisal a WHERE a.personId = :person"
                                + " AND a.period = :period", Long.class)
                        .setParameter("person", person.id())
                        .setParameter("period", data.period())
                        .getSingleResult();
                if (existing > 0) {
                    return Optional.empty();
                }
                AppraisalEntity entity = new AppraisalEntity(enterpriseId, person.id(), person.role(), person.name());
                entity.assess(data.period(), data.score(), data.result().name(), data.followUp().name(),
                        data.note());
                entity.created(user, clock.instant());
                em.persist(entity);
                em.flush();
                return Optional.of(toAppraisal(entity));
            });
        } catch (RuntimeException e) {
            if (Conflicts.isConflict(e)) {
                return Optional.empty(); // the same appraisal was recorded concurrently
            }
            throw e;
        }
    }

    /** An enterprise's appraisals, latest period first; only one person's when {@code personId} is given. */
    public Page<Appraisal> list(long enterpriseId, Long personId, int page, int size) {
        String where = " WHERE a.enterpriseId = :enterprise" + (personId == null ? "" : " AND a.personId = :person");
        return jpa.txExpr(Supports, em -> {
            var count = em.createQuery("SELECT COUNT(a) FROM PltAppraisal a" + where, Long.class)
                    .setParameter("enterprise", enterpriseId);
            var select = em
                    .createQuery("SELECT a FROM PltAppraisal a" + where + " ORDER BY a.period DESC, a.id DESC",
                            AppraisalEntity.class)
                    .setParameter("enterprise", enterpriseId);
            if (personId != null) {
                count.setParameter("person", personId);
                select.setParameter("person", personId);
            }
            long total = count.getSingleResult();
            long offset = (long) page * size;
            List<Appraisal> items = total <= offset
                    ? List.of()
                    : select.setFirstResult((int) offset)
                            .setMaxResults(size)
                            .getResultList()
                            .stream()
                            .map(AppraisalStore::toAppraisal)
                            .toList();
            return new Page<>(items, page, size, total);
        });
    }

    private static Appraisal toAppraisal(AppraisalEntity e) {
        return new Appraisal(e.getId(), e.getEnterpriseId(), e.getPersonId(), e.getRole(), e.getPersonName(),
                e.getPeriod(), e.getScore(), AppraisalResult.valueOf(e.getResult()),
                FollowUp.valueOf(e.getFollowUp()), e.getNote(), e.getCreatedAt(),
                e.getCreatedBy());
    }
}
