package org.safegrid.dept.citymgmt.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.dept.citymgmt.internal.CitySettings;
import org.safegrid.dept.citymgmt.internal.dto.GasRepeatDto;
import org.safegrid.dept.citymgmt.internal.model.GasFailureFact;
import org.safegrid.dept.citymgmt.internal.persistence.CityUnit;
import org.safegrid.dept.citymgmt.internal.persistence.GasFailureEntity;
import org.safegrid.dept.citymgmt.internal.persistence.Where;

/** The failed gas-alarm items the repeat rule counts: one row per submission. */
@Component(service = GasFailureStore.class)
public class GasFailureStore {

    static final String ENTITY = "CtyGasFailure";

    private final JpaTemplate jpa;
    private final CitySettings settings;

    @Activate
    public GasFailureStore(@Reference(target = CityUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = CityUnit.SCHEMA_TARGET) ModuleSchema schema, @Reference CitySettings settings) {
        this.jpa = jpa;
        this.settings = settings;
    }

    /**
     * Records a failure unless its submission was recorded already (an event delivered twice), and answers how many
     * failures the enterprise has in the {@code windowDays} ending on {@code day}; -1 when the submission was known.
     */
    public long record(long enterpriseId, String name, String village, long submissionId, LocalDate day,
            int windowDays) {
        return jpa.txExpr(Required, em -> {
            Long known = em.createQuery("SELECT COUNT(f) FROM " + ENTITY + " f WHERE f.submissionId = :s", Long.class)
                    .setParameter("s", submissionId)
                    .getSingleResult();
            if (known > 0) {
                return -1L;
            }
            GasFailureEntity failure = new GasFailureEntity();
            failure.setEnterpriseId(enterpriseId);
            failure.setEnterpriseName(name == null || name.length() <= 200 ? name : name.substring(0, 200));
            failure.setVillage(village);
            failure.setSubmissionId(submissionId);
            failure.setFailedOn(day);
            failure.setRecordedAt(LocalDateTime.now(settings.clock()).truncatedTo(ChronoUnit.SECONDS));
            em.persist(failure);
            em.flush();
            return em.createQuery("SELECT COUNT(f) FROM " + ENTITY
                    + " f WHERE f.enterpriseId = :e AND f.failedOn > :from AND f.failedOn <= :day", Long.class)
                    .setParameter("e", enterpriseId)
                    .setParameter("from", day.minusDays(windowDays))
                    .setParameter("day", day)
                    .getSingleResult();
        });
    }

    /** The failures whose day lies in {@code from..to}, in the villages (all when null), oldest first. */
    public List<GasFailureFact> failures(Set<String> villages, LocalDate from, LocalDate to) {
        if (villages != null && villages.isEmpty()) {
            return List.of();
        }
        Where where = new Where().and("f.failedOn >= :from", "from", from)
                .and("f.failedOn <= :to", "to", to)
                .and("f.village IN :villages", "villages", villages);
        return jpa.txExpr(Supports, em -> where.bind(em.createQuery("SELECT f FROM " + ENTITY + " f"
                + where.clause() + " ORDER BY f.failedOn, f.id", GasFailureEntity.class))
                .getResultList()
                .stream()
                .map(f -> new GasFailureFact(f.getEnterpriseId(), f.getEnterpriseName(), f.getVillage(),
                        f.getFailedOn()))
                .toList());
    }

    /** Restaurants with failures in the window ending today: most failures first, at most 20. */
    public List<GasRepeatDto> recent() {
        LocalDate today = settings.today();
        return jpa.txExpr(Supports, em -> em.createQuery("SELECT f.enterpriseId, MAX(f.enterpriseName), "
                + "MAX(f.village), COUNT(f), MAX(f.failedOn) FROM " + ENTITY + " f WHERE f.failedOn > :from "
                + "AND f.failedOn <= :today GROUP BY f.enterpriseId ORDER BY COUNT(f) DESC, MAX(f.failedOn) DESC",
                Object[].class)
                .setParameter("from", today.minusDays(settings.gasAlarmWindowDays()))
                .setParameter("today", today)
                .setMaxResults(20)
                .getResultList()
                .stream()
                .map(r -> new GasRepeatDto((Long) r[0], (String) r[1], (String) r[2], (Long) r[3],
                        String.valueOf(r[4])))
                .toList());
    }
}
