package org.safegrid.dept.culture.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.dept.culture.internal.CultureSettings;
import org.safegrid.dept.culture.internal.dto.PageDto;
import org.safegrid.dept.culture.internal.model.EventData;
import org.safegrid.dept.culture.internal.model.EventQuery;
import org.safegrid.dept.culture.internal.model.LargeEvent;
import org.safegrid.dept.culture.internal.persistence.CultureUnit;
import org.safegrid.dept.culture.internal.persistence.EventEntity;

/** Stores the large events; a change names the version the client read (409 {@code stale_version} otherwise). */
@Component(service = {EventService.class, EventSource.class})
public class EventService implements EventSource {

    private static final String ENTITY = "CulEvent";

    private final JpaTemplate jpa;
    private final CultureSettings settings;

    @Activate
    public EventService(@Reference(target = CultureUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = CultureUnit.SCHEMA_TARGET) ModuleSchema schema, @Reference CultureSettings settings) {
        this.jpa = jpa;
        this.settings = settings;
    }

    /** A page of events, latest start first. */
    public PageDto<LargeEvent> list(EventQuery query) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.from() != null) {
            where.add("e.startAt >= :from");
            params.put("from", query.from().atStartOfDay());
        }
        if (query.to() != null) {
            where.add("e.startAt < :to");
            params.put("to", query.to().plusDays(1).atStartOfDay());
        }
        if (query.assessed() != null) {
            where.add("e.assessed = :assessed");
            params.put("assessed", query.assessed());
        }
        String from = " FROM " + ENTITY + " e" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
        return jpa.txExpr(Supports, em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + from, Long.class);
            params.forEach(count::setParameter);
            long total = count.getSingleResult();
            TypedQuery<EventEntity> select = em.createQuery("SELECT e" + from + " ORDER BY e.startAt DESC, e.id DESC",
                    EventEntity.class);
            params.forEach(select::setParameter);
            List<LargeEvent> items = total <= query.page().offset()
                    ? List.of()
                    : select.setFirstResult(query.page().offset())
                            .setMaxResults(query.page().size())
                            .getResultList()
                            .stream()
                            .map(EventService::toEvent)
                            .toList();
            return new PageDto<>(items, query.page().page(), query.page().size(), total);
        });
    }

    public Optional<LargeEvent> find(long id) {
        return jpa.txExpr(Supports,
                em -> Optional.ofNullable(em.find(EventEntity.class, id)).map(EventService::toEvent));
    }

    public LargeEvent create(EventData data, String user) {
        return jpa.txExpr(Required, em -> {
            EventEntity entity = new EventEntity();
            entity.apply(data);
            entity.created(user, settings.now());
            em.persist(entity);
            em.flush();
            return toEvent(entity);
        });
    }

    /** Replaces an event; empty when there is no such event. */
    public Optional<LargeEvent> update(long id, EventData data, long version, String user) {
        return jpa.txExpr(Required, em -> Optional.ofNullable(em.find(EventEntity.class, id)).map(entity -> {
            checkVersion(entity, version);
            entity.apply(data);
            entity.updated(user, settings.now());
            em.flush();
            return toEvent(entity);
        }));
    }

    /** Removes an event registered by mistake; false when there is none. Cancel a real one instead. */
    public boolean delete(long id, long version) {
        return jpa.txExpr(Required, em -> {
            EventEntity entity = em.find(EventEntity.class, id);
            if (entity == null) {
                return false;
            }
            checkVersion(entity, version);
            em.remove(entity);
            return true;
        });
    }

    @Override
    public List<LargeEvent> upcoming(LocalDateTime from, LocalDateTime to) {
        return jpa.txExpr(Supports, em -> select(em, "e.cancelled = :no AND e.endAt > :from AND e.startAt <= :to",
                Map.of("no", Boolean.FALSE, "from", from, "to", to)));
    }

    @Override
    public List<LargeEvent> startingBetween(LocalDate from, LocalDate to) {
        return jpa.txExpr(Supports, em -> select(em, "e.cancelled = :no AND e.startAt >= :from AND e.startAt < :to",
                Map.of("no", Boolean.FALSE, "from", from.atStartOfDay(), "to", to.plusDays(1).atStartOfDay())));
    }

    /** A boolean is bound as a parameter: Derby refuses JPQL's {@code = false}, which EclipseLink writes as 0. */
    private static List<LargeEvent> select(EntityManager em, String where, Map<String, Object> params) {
        TypedQuery<EventEntity> query = em.createQuery("SELECT e FROM " + ENTITY + " e WHERE " + where
                + " ORDER BY e.startAt, e.id", EventEntity.class);
        params.forEach(query::setParameter);
        return query.getResultList().stream().map(EventService::toEvent).toList();
    }

    private static LargeEvent toEvent(EventEntity e) {
        return new LargeEvent(e.getId(), e.data(), e.getVersion(), e.getCreatedBy(), e.getCreatedAt(),
                e.getUpdatedBy(), e.getUpdatedAt());
    }

    private static void checkVersion(EventEntity entity, long version) {
        if (entity.getVersion() != version) {
            throw SafeGridException.conflict("stale_version", "event " + entity.getId() + " was changed meanwhile "
                    + "(version " + entity.getVersion() + ", not " + version + "); reload it");
        }
    }
}
