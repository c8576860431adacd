package org.safegrid.inbox.internal.duty;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.enterprises.api.Page;
import org.safegrid.inbox.internal.persistence.DatabaseErrors;
import org.safegrid.inbox.internal.persistence.DutyEntryEntity;
import org.safegrid.inbox.internal.persistence.InboxUnit;
import org.safegrid.inbox.internal.persistence.Times;
import org.safegrid.inbox.internal.persistence.Where;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stores and finds duty entries in {@code SG_INB_DUTY}. Serves only once the schema is at its version. */
@Component(service = DutyStore.class)
public class DutyStore {

    private static final Logger LOG = LoggerFactory.getLogger(DutyStore.class);
    private static final String ENTITY = "InbDuty";
    /** The longest period, a month, starts at most this many days before it ends. */
    private static final int LONGEST_PERIOD_DAYS = 31;

    private final JpaTemplate jpa;

    @Activate
    public DutyStore(@Reference(target = InboxUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = InboxUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this.jpa = jpa;
        LOG.debug("Duty entries ready on schema {} version {}", schema.module(), schema.version());
    }

    /** Stores the entry; empty when the user already has one of that kind for that period. */
    public Optional<DutyEntry> insertIfAbsent(NewDutyEntry entry) {
        try {
            return jpa.txExpr(Required, em -> {
                if (exists(em, entry.username(), entry.kind(), entry.period().key())) {
                    return Optional.<DutyEntry>empty();
                }
                DutyEntryEntity row = toRow(entry);
                em.persist(row);
                em.flush();
                return Optional.of(toEntry(row));
            });
        } catch (PersistenceException e) {
            if (DatabaseErrors.isUniqueViolation(e)) {
                return Optional.empty(); // recorded at the same moment by another request or node
            }
            throw e;
        }
    }

    /** The user's entries whose period ended on {@code firstEnd} or later, as {@link Obligations#key}. */
    public Set<String> doneSince(String username, LocalDate firstEnd) {
        return jpa.txExpr(Supports, em -> {
            List<Object[]> rows = em.createQuery("SELECT e.kind, e.periodKey FROM " + ENTITY
                    + " e WHERE e.username = :user AND e.periodStart >= :earliestStart AND e.periodEnd >= :firstEnd",
                    Object[].class)
                    .setParameter("user", username)
                    .setParameter("earliestStart", firstEnd.minusDays(LONGEST_PERIOD_DAYS))
                    .setParameter("firstEnd", firstEnd)
                    .getResultList();
            Set<String> done = new HashSet<>();
            for (Object[] row : rows) {
                done.add(row[0] + ":" + row[1]);
            }
            return done;
        });
    }

    /** The user's own entries whose period starts within the days (both ends optional), latest first. */
    public Page<DutyEntry> own(String username, LocalDate from, LocalDate to, int page, int size) {
        Where where = new Where().and("e.username = :user", "user", username);
        return list(range(where, from, to), "e.periodStart DESC, e.id DESC", page, size);
    }

    /** A unit's entries whose period starts within the days, latest period first, then by user. */
    public Page<DutyEntry> team(TeamFilter filter, LocalDate from, LocalDate to, int page, int size) {
        Where where = new Where().and("e.department = :department", "department", filter.department())
                .and("e.village = :village", "village", filter.village())
                .and("e.layer = :layer", "layer", filter.committee() ? DutyLayer.COMMITTEE.name() : null);
        return list(range(where, from, to), "e.periodStart DESC, e.username, e.id DESC", page, size);
    }

    private Page<DutyEntry> list(Where where, String orderBy, int page, int size) {
        return jpa.txExpr(Supports, em -> {
            String from = " FROM " + ENTITY + " e" + where.clause();
            long total = where.bind(em.createQuery("SELECT COUNT(e)" + from, Long.class)).getSingleResult();
            long offset = (long) page * size;
            if (total <= offset) {
                return new Page<>(List.of(), page, size, total);
            }
            List<DutyEntry> items = where
                    .bind(em.createQuery("SELECT e" + from + " ORDER BY " + orderBy, DutyEntryEntity.class))
                    .setFirstResult((int) offset)
                    .setMaxResults(size)
                    .getResultList()
                    .stream()
                    .map(DutyStore::toEntry)
                    .toList();
            return new Page<>(items, page, size, total);
        });
    }

    private static Where range(Where where, LocalDate from, LocalDate to) {
        return where.and("e.periodStart >= :from", "from", from).and("e.periodStart <= :to", "to", to);
    }

    private static boolean exists(EntityManager em, String username, DutyKind kind, String periodKey) {
        return !em.createQuery("SELECT e.id FROM " + ENTITY
                + " e WHERE e.username = :user AND e.kind = :kind AND e.periodKey = :key", Long.class)
                .setParameter("user", username)
                .setParameter("kind", kind.name())
                .setParameter("key", periodKey)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private static DutyEntryEntity toRow(NewDutyEntry entry) {
        DutyEntryEntity row = new DutyEntryEntity();
        row.setUsername(entry.username());
        row.setLayer(entry.kind().layer().name());
        row.setKind(entry.kind().name());
        row.setPeriodKey(entry.period().key());
        row.setPeriodStart(entry.period().start());
        row.setPeriodEnd(entry.period().end());
        row.setDepartment(entry.department());
        row.setVillage(entry.village());
        row.setSource(entry.source());
        row.setNote(entry.note());
        row.setCreatedAt(Times.toDb(entry.createdAt()));
        return row;
    }

    static DutyEntry toEntry(DutyEntryEntity row) {
        DutyKind kind = DutyKind.valueOf(row.getKind());
        return new DutyEntry(row.getId(), row.getUsername(), kind.layer(), kind, row.getPeriodKey(),
                row.getPeriodStart(), row.getPeriodEnd(), row.getDepartment(), row.getVillage(), row.getSource(),
                !NewDutyEntry.MANUAL.equals(row.getSource()), row.getNote(), Times.fromDb(row.getCreatedAt()));
    }
}
