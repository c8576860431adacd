package org.safegrid.plates.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.enterprises.api.Page;
import org.safegrid.plates.api.PlatePerson;
import org.safegrid.plates.internal.model.HistoryEntry;
import org.safegrid.plates.internal.model.StoredPlate;
import org.safegrid.plates.internal.persistence.HistoryEntity;
import org.safegrid.plates.internal.persistence.PersonEntity;
import org.safegrid.plates.internal.persistence.PlateEntity;
import org.safegrid.plates.internal.persistence.PlatesUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores plates, their people and their history. Active only once the module's schema is at its version (the
 * {@link ModuleSchema} reference).
 */
@Component(service = PlateStore.class)
public class PlateStore {

    private static final Logger LOG = LoggerFactory.getLogger(PlateStore.class);

    /** Enterprise ids per IN list: well below every database's limit on bind parameters. */
    private static final int IN_CHUNK = 500;

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public PlateStore(@Reference(target = PlatesUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = PlatesUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this(jpa, schema, Clock.systemUTC());
    }

    PlateStore(JpaTemplate jpa, ModuleSchema schema, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
        LOG.debug("Plate store ready on schema {} version {}", schema.module(), schema.version());
    }

    /** The plate of an enterprise; {@link StoredPlate#EMPTY} when it never changed. */
    public StoredPlate load(long enterpriseId) {
        return jpa.txExpr(Supports, em -> load(em, enterpriseId));
    }

    /** The plates of several enterprises, in three queries whatever their number; missing ones are left out. */
    public Map<Long, StoredPlate> load(Collection<Long> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(enterpriseIds);
        return jpa.txExpr(Supports, em -> {
            Map<Long, PlateEntity> plates = new HashMap<>();
            Map<Long, List<PlatePerson>> persons = new HashMap<>();
            for (int from = 0; from < ids.size(); from += IN_CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
                em.createQuery("SELECT p FROM PltPlate p WHERE p.enterpriseId IN :ids", PlateEntity.class)
                        .setParameter("ids", chunk)
                        .getResultList()
                        .forEach(p -> plates.put(p.getEnterpriseId(), p));
                em.createQuery("SELECT p FROM PltPerson p WHERE p.enterpriseId IN :ids ORDER BY p.sortOrder, p.id",
                        PersonEntity.class)
                        .setParameter("ids", chunk)
                        .getResultList()
                        .forEach(p -> persons.computeIfAbsent(p.getEnterpriseId(), k -> new ArrayList<>())
                                .add(p.toPerson()));
            }
            Map<Long, StoredPlate> result = new HashMap<>();
            for (Long id : ids) {
                PlateEntity plate = plates.get(id);
                List<PlatePerson> people = persons.getOrDefault(id, List.of());
                if (plate != null || !people.isEmpty()) {
                    result.put(id, stored(plate, people));
                }
            }
            return result;
        });
    }

    /** How many people hold each role, for every plate, in one query. */
    public Map<Long, Map<String, Integer>> roleCounts() {
        return jpa.txExpr(Supports, em -> {
            Map<Long, Map<String, Integer>> counts = new HashMap<>();
            for (Object[] row : em.createQuery(
                    "SELECT p.enterpriseId, p.role, COUNT(p) FROM PltPerson p GROUP BY p.enterpriseId, p.role",
                    Object[].class).getResultList()) {
                counts.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
                        .put((String) row[1], ((Number) row[2]).intValue());
            }
            return counts;
        });
    }

    /** A person on the plate of an enterprise. */
    public Optional<PlatePerson> person(long enterpriseId, long personId) {
        return jpa.txExpr(Supports, em -> Optional.ofNullable(em.find(PersonEntity.class, personId))
                .filter(p -> p.getEnterpriseId() == enterpriseId)
                .map(PersonEntity::toPerson));
    }

    /**
     * Replaces the people of a plate and records every difference as history, in one transaction.
     *
     * @param expectedVersion the version the client read
     * @param persons the validated new list; an id not on the plate is ignored
     * @return the plate as stored now, or empty when the plate's version is not {@code expectedVersion} (someone
     *         else changed it first)
     */
    public Optional<StoredPlate> replace(long enterpriseId, long expectedVersion, List<PlatePerson> persons,
            String user) {
        try {
            return jpa.txExpr(Required, em -> replace(em, enterpriseId, expectedVersion, persons, user));
        } catch (RuntimeException e) {
            if (!Conflicts.isConflict(e)) {
                throw e;
            }
            // a concurrent change won the optimistic lock, or created the plate's row first
            LOG.debug("Plate {} changed concurrently: {}", enterpriseId, e.toString());
            return Optional.empty();
        }
    }

    private Optional<StoredPlate> replace(EntityManager em, long enterpriseId, long expectedVersion,
            List<PlatePerson> persons, String user) {
        PlateEntity plate = em.find(PlateEntity.class, enterpriseId);
        long version = plate == null ? 0 : plate.getVersion();
        if (version != expectedVersion) {
            return Optional.empty();
        }
        List<PersonEntity> before = personsOf(em, enterpriseId);
        Map<Long, PersonEntity> byId = new HashMap<>();
        before.forEach(p -> byId.put(p.getId(), p));
        PersonDiff.Result diff = PersonDiff.diff(before.stream().map(PersonEntity::toPerson).toList(), persons);
        if (!diff.changed()) {
            return Optional.of(stored(plate, before.stream().map(PersonEntity::toPerson).toList()));
        }
        Instant now = clock.instant();
        diff.removed().forEach(p -> em.remove(byId.get(p.id())));
        List<PersonEntity> after = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            PlatePerson old = diff.matched().get(i);
            PersonEntity entity = old == null ? new PersonEntity(enterpriseId) : byId.get(old.id());
            entity.apply(persons.get(i), i);
            if (old == null) {
                em.persist(entity);
            }
            after.add(entity);
        }
        if (plate == null) {
            plate = new PlateEntity(enterpriseId);
            plate.updated(user, now);
            em.persist(plate);
        } else {
            plate.updated(user, now);
            // the same user within the same second changes no column: the version must move all the same
            em.lock(plate, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        em.flush(); // assigns the new persons' ids, and fails here on a concurrent change
        for (PersonDiff.Change change : diff.changes()) {
            long personId = change.personId() != 0 ? change.personId() : after.get(change.index()).getId();
            em.persist(new HistoryEntity(enterpriseId, now, user, change.role(), personId, change.person(),
                    change.field(), change.oldValue(), change.newValue()));
            em.flush(); // one by one: the ids then follow the order of the changes, which the history shows
        }
        return Optional.of(stored(plate, after.stream().map(PersonEntity::toPerson).toList()));
    }

    /** A plate's history, newest first. */
    public Page<HistoryEntry> history(long enterpriseId, int page, int size) {
        return jpa.txExpr(Supports, em -> {
            long total = em
                    .createQuery("SELECT COUNT(h) FROM PltHistory h WHERE h.enterpriseId = :id", Long.class)
                    .setParameter("id", enterpriseId)
                    .getSingleResult();
            long offset = (long) page * size;
            if (total <= offset) {
                return new Page<>(List.of(), page, size, total);
            }
            List<HistoryEntry> items = em
                    .createQuery("SELECT h FROM PltHistory h WHERE h.enterpriseId = :id"
                            + " ORDER BY h.changedAt DESC, h.id DESC", HistoryEntity.class)
                    .setParameter("id", enterpriseId)
                    .setFirstResult((int) offset)
                    .setMaxResults(size)
                    .getResultList()
                    .stream()
                    .map(h -> new HistoryEntry(h.getId(), h.getChangedAt(), h.getChangedBy(), h.getRole(),
                            h.getPersonId(), h.getPersonName(), h.getField(), h.getOldValue(), h.getNewValue()))
                    .toList();
            return new Page<>(items, page, size, total);
        });
    }

    private static StoredPlate load(EntityManager em, long enterpriseId) {
        PlateEntity plate = em.find(PlateEntity.class, enterpriseId);
        List<PlatePerson> persons = personsOf(em, enterpriseId).stream().map(PersonEntity::toPerson).toList();
        return plate == null && persons.isEmpty() ? StoredPlate.EMPTY : stored(plate, persons);
    }

    private static List<PersonEntity> personsOf(EntityManager em, long enterpriseId) {
        return em
                .createQuery("SELECT p FROM PltPerson p WHERE p.enterpriseId = :id ORDER BY p.sortOrder, p.id",
                        PersonEntity.class)
                .setParameter("id", enterpriseId)
                .getResultList();
    }

    private static StoredPlate stored(PlateEntity plate, List<PlatePerson> persons) {
        return plate == null
                ? new StoredPlate(0, null, null, persons)
                : new StoredPlate(plate.getVersion(), plate.getUpdatedAt(), plate.getUpdatedBy(), persons);
    }
}
