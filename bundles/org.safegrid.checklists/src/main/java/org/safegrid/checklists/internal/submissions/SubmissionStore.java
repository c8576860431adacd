package org.safegrid.checklists.internal.submissions;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.checklists.api.Answer;
import org.safegrid.checklists.api.AnswerResult;
import org.safegrid.checklists.api.Period;
import org.safegrid.checklists.api.Submission;
import org.safegrid.checklists.internal.model.NewAnswer;
import org.safegrid.checklists.internal.model.NewSubmission;
import org.safegrid.checklists.internal.model.SubmissionHead;
import org.safegrid.checklists.internal.model.SubmittedPeriod;
import org.safegrid.checklists.internal.persistence.AnswerEntity;
import org.safegrid.checklists.internal.persistence.ChecklistsUnit;
import org.safegrid.checklists.internal.persistence.Conflicts;
import org.safegrid.checklists.internal.persistence.SubmissionEntity;
import org.safegrid.enterprises.api.Page;

/**
 * Submissions and their answers. One per enterprise, template and period: the unique key makes a second one
 * impossible, even when two arrive at the same moment. Queries never load more than a page or a window of days.
 */
@Component(service = SubmissionStore.class)
public class SubmissionStore {

    /** Periods are at most this long, so a period ending on or after a day started at most this many days before. */
    static final int LONGEST_PERIOD_DAYS = 31;

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public SubmissionStore(@Reference(target = ChecklistsUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = ChecklistsUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    /**

     * The store with its own clock, for tests. (Not a second public constructor: Declarative Services picks the

     * constructor by its number of parameters, so only the activation constructor may be public.)

     */

    public static SubmissionStore withClock(JpaTemplate jpa, Clock clock) {

        return new SubmissionStore(jpa, clock);

    }

    SubmissionStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** Stores a submission with its answers; empty when the enterprise submitted the template for the period. */
    public Optional<Submission> create(NewSubmission s) {
        try {
            return jpa.txExpr(Required, em -> {
                if (existing(em, s.enterpriseId(), s.templateCode(), s.period().key()) != 0) {
                    return Optional.<Submission>empty();
                }
                SubmissionEntity row = new SubmissionEntity(s.enterpriseId(), s.templateCode(), s.templateVersion());
                Period p = s.period();
                row.period(p.cadence().name(), p.key(), p.start(), p.end());
                row.submitted(s.user(), clock.instant(), s.failedItems());
                em.persist(row);
                em.flush();
                List<AnswerEntity> answers = new ArrayList<>();
                int position = 0;
                for (NewAnswer a : s.answers()) {
                    AnswerEntity answer = new AnswerEntity(row.getId(), position++, a.itemCode(), a.result().name(),
                            a.note());
                    em.persist(answer);
                    answers.add(answer);
                }
                em.flush();
                return Optional.of(submission(row, answers));
            });
        } catch (RuntimeException e) {
            if (Conflicts.isUniqueViolation(e)) {
                return Optional.empty(); // the same period was submitted at the same moment
            }
            throw e;
        }
    }

    /** The submission of the period, or 0 when there is none. */
    public long existing(long enterpriseId, String templateCode, String periodKey) {
        return jpa.txExpr(Supports, em -> existing(em, enterpriseId, templateCode, periodKey));
    }

    /** Stores the ids of the hazards failed items reported. */
    public void recordHazards(long submissionId, Map<String, Long> hazardIds) {
        if (hazardIds.isEmpty()) {
            return;
        }
        jpa.tx(Required, em -> answers(em, submissionId).forEach(a -> {
            Long hazard = hazardIds.get(a.getItemCode());
            if (hazard != null) {
                a.setHazardId(hazard);
            }
        }));
    }

    /**
     * Removes a submission with its answers and photos (the compensating step of a failed submission). Answers and the
     * submission are removed as entities, so that no cached copy outlives them.
     */
    public boolean delete(long submissionId) {
        return jpa.txExpr(Required, em -> {
            em.createQuery("DELETE FROM ChkPhoto p WHERE p.submissionId = :id").setParameter("id", submissionId)
                    .executeUpdate();
            answers(em, submissionId).forEach(em::remove);
            SubmissionEntity row = em.find(SubmissionEntity.class, submissionId);
            if (row == null) {
                return false;
            }
            em.remove(row);
            return true;
        });
    }

    /** A submission with its answers. */
    public Optional<Submission> get(long id) {
        return jpa.txExpr(Supports, em -> Optional.ofNullable(em.find(SubmissionEntity.class, id))
                .map(row -> submission(row, answers(em, id))));
    }

    /**
     * A page of an enterprise's submissions whose periods overlap {@code from} to {@code to} (each optional), latest
     * period first; only of one template when {@code templateCode} is given.
     */
    public Page<SubmissionHead> list(long enterpriseId, String templateCode, LocalDate from, LocalDate to, int page,
            int size) {
        StringBuilder where = new StringBuilder(" WHERE s.enterpriseId = :enterprise");
        if (templateCode != null) {
            where.append(" AND s.templateCode = :code");
        }
        if (from != null) {
            where.append(" AND s.periodEnd >= :from AND s.periodStart >= :earliest");
        }
        if (to != null) {
            where.append(" AND s.periodStart <= :to");
        }
        return jpa.txExpr(Supports, em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM ChkSubmission s" + where, Long.class);
            TypedQuery<SubmissionEntity> select = em.createQuery(
                    "SELECT s FROM ChkSubmission s" + where + " ORDER BY s.periodStart DESC, s.id DESC",
                    SubmissionEntity.class);
            for (TypedQuery<?> q : List.of(count, select)) {
                q.setParameter("enterprise", enterpriseId);
                if (templateCode != null) {
                    q.setParameter("code", templateCode);
                }
                if (from != null) {
                    q.setParameter("from", from).setParameter("earliest", from.minusDays(LONGEST_PERIOD_DAYS));
                }
                if (to != null) {
                    q.setParameter("to", to);
                }
            }
            long total = count.getSingleResult();
            long offset = (long) page * size;
            List<SubmissionHead> items = total <= offset
                    ? List.of()
                    : select.setFirstResult((int) offset).setMaxResults(size).getResultList().stream()
                            .map(SubmissionStore::head).toList();
            return new Page<>(items, page, size, total);
        });
    }

    /**
     * What these enterprises submitted for periods that end on or after {@code firstEnd} and start on or before
     * {@code lastStart}: one query on the (enterprise, period start) index, for a due list, a page of the overdue list
     * or a compliance span.
     */
    public List<SubmittedPeriod> periods(Collection<Long> enterpriseIds, LocalDate firstEnd, LocalDate lastStart) {
        if (enterpriseIds.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(Supports, em -> em.createQuery("SELECT s.enterpriseId, s.templateCode, s.periodKey, s.id"
                + " FROM ChkSubmission s WHERE s.enterpriseId IN :ids AND s.periodStart >= :earliest"
                + " AND s.periodStart <= :lastStart AND s.periodEnd >= :firstEnd", Object[].class)
                .setParameter("ids", List.copyOf(enterpriseIds))
                .setParameter("earliest", firstEnd.minusDays(LONGEST_PERIOD_DAYS))
                .setParameter("lastStart", lastStart)
                .setParameter("firstEnd", firstEnd)
                .getResultList().stream()
                .map(r -> new SubmittedPeriod(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        ((Number) r[3]).longValue()))
                .toList());
    }

    private static long existing(EntityManager em, long enterpriseId, String templateCode, String periodKey) {
        List<Long> ids = em.createQuery("SELECT s.id FROM ChkSubmission s WHERE s.enterpriseId = :enterprise"
                + " AND s.templateCode = :code AND s.periodKey = :key", Long.class)
                .setParameter("enterprise", enterpriseId)
                .setParameter("code", templateCode)
                .setParameter("key", periodKey)
                .getResultList();
        return ids.isEmpty() ? 0 : ids.get(0);
    }

    private static List<AnswerEntity> answers(EntityManager em, long submissionId) {
        return em.createQuery("SELECT a FROM ChkAnswer a WHERE a.submissionId = :id ORDER BY a.position",
                AnswerEntity.class).setParameter("id", submissionId).getResultList();
    }

    private static Period period(SubmissionEntity row) {
        return new Period(Cadence.valueOf(row.getCadence()), row.getPeriodKey(), row.getPeriodStart(),
                row.getPeriodEnd());
    }

    private static SubmissionHead head(SubmissionEntity row) {
        return new SubmissionHead(row.getId(), row.getEnterpriseId(), row.getTemplateCode(), row.getTemplateVersion(),
                period(row), row.getFailedItems(), row.getSubmittedAt(), row.getSubmittedBy());
    }

    private static Submission submission(SubmissionEntity row, List<AnswerEntity> answers) {
        return new Submission(row.getId(), row.getEnterpriseId(), row.getTemplateCode(), row.getTemplateVersion(),
                period(row), answers.stream().map(a -> new Answer(a.getItemCode(), AnswerResult.valueOf(a.getResult()),
                        a.getNote(), a.getHazardId() == null ? 0 : a.getHazardId())).toList(),
                row.getSubmittedAt(), row.getSubmittedBy());
    }
}
