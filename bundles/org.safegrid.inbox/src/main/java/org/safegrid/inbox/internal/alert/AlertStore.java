package org.safegrid.inbox.internal.alert;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.supervision.Alert;
import org.safegrid.inbox.internal.persistence.AlertEntity;
import org.safegrid.inbox.internal.persistence.AlertReadEntity;
import org.safegrid.inbox.internal.persistence.AlertRoleEntity;
import org.safegrid.inbox.internal.persistence.DatabaseErrors;
import org.safegrid.inbox.internal.persistence.InboxUnit;
import org.safegrid.inbox.internal.persistence.Times;
import org.safegrid.inbox.internal.supervision.RaisedAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerts in {@code SG_INB_ALERT}, the roles they are addressed to and who read them. A reader's alerts are read through
 * the index (role, created at descending, alert id descending) of {@code SG_INB_ALERT_ROLE}, one role at a time and
 * never more rows than asked for.
 */
@Component(service = AlertStore.class)
public class AlertStore {

    private static final Logger LOG = LoggerFactory.getLogger(AlertStore.class);

    static final int TITLE_MAX = 200;
    static final int MESSAGE_MAX = 2000;
    static final int LINK_MAX = 500;
    static final int TOPIC_MAX = 200;
    static final int ROLE_MAX = 64;
    /** Ids per IN list. */
    static final int IN_CHUNK = 500;

    private final JpaTemplate jpa;

    @Activate
    public AlertStore(@Reference(target = InboxUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = InboxUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this.jpa = jpa;
        LOG.debug("Alerts ready on schema {} version {}", schema.module(), schema.version());
    }

    /** Stores the alert with its roles, in one transaction; its id. */
    public long save(RaisedAlert raised, AlertOrigin origin, Instant at) {
        Alert alert = raised.alert();
        LocalDateTime created = Times.toDb(at);
        return jpa.txExpr(Required, em -> {
            AlertEntity row = new AlertEntity();
            row.setCode(alert.code());
            row.setLevel(alert.level().name());
            row.setTitleZh(cut(alert.title().zh(), TITLE_MAX));
            row.setTitleEn(cut(alert.title().en(), TITLE_MAX));
            row.setMessageZh(cut(alert.message().zh(), MESSAGE_MAX));
            row.setMessageEn(cut(alert.message().en(), MESSAGE_MAX));
            row.setLink(alert.link() == null || alert.link().length() > LINK_MAX ? null : alert.link());
            row.setEnterpriseId(origin.enterpriseId());
            row.setDepartment(origin.department());
            row.setVillage(origin.village());
            row.setSourceTopic(cut(origin.topic(), TOPIC_MAX));
            row.setRaisedBy(raised.raisedBy());
            row.setCreatedAt(created);
            em.persist(row);
            em.flush();
            for (String role : new TreeSet<>(alert.roles())) {
                if (role != null && !role.isBlank() && role.length() <= ROLE_MAX) {
                    em.persist(new AlertRoleEntity(row.getId(), role, created));
                }
            }
            return row.getId();
        });
    }

    /**
     * The ids of the latest alerts addressed to any of the roles since the time, each once, latest first; at most
     * {@code cap}. Each role costs one index range read in order, stopped after {@code cap} rows.
     */
    public List<Long> latest(Set<String> roles, Instant since, int cap) {
        if (roles.isEmpty() || cap <= 0) {
            return List.of();
        }
        LocalDateTime from = Times.toDb(since);
        return jpa.txExpr(Supports, em -> {
            Map<Long, LocalDateTime> merged = new HashMap<>();
            for (String role : roles) {
                List<Object[]> rows = em.createQuery("SELECT r.alertId, r.createdAt FROM InbAlertRole r"
                        + " WHERE r.role = :role AND r.createdAt >= :since ORDER BY r.createdAt DESC, r.alertId DESC",
                        Object[].class)
                        .setParameter("role", role)
                        .setParameter("since", from)
                        .setMaxResults(cap)
                        .getResultList();
                for (Object[] row : rows) {
                    merged.putIfAbsent(((Number) row[0]).longValue(), (LocalDateTime) row[1]);
                }
            }
            return merged.entrySet()
                    .stream()
                    .sorted(Map.Entry.<Long, LocalDateTime>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey())
                            .reversed())
                    .limit(cap)
                    .map(Map.Entry::getKey)
                    .toList();
        });
    }

    /** Which of the alerts the user has read. */
    public Set<Long> readAmong(String username, List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return jpa.txExpr(Supports, em -> {
            Set<Long> read = new HashSet<>();
            for (int i = 0; i < ids.size(); i += IN_CHUNK) {
                read.addAll(em.createQuery(
                        "SELECT m.alertId FROM InbAlertRead m WHERE m.username = :user AND m.alertId IN :ids",
                        Long.class)
                        .setParameter("user", username)
                        .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + IN_CHUNK)))
                        .getResultList());
            }
            return read;
        });
    }

    /** The alerts with these ids, in the order given, each with whether it is in {@code read}. */
    public List<StoredAlert> load(List<Long> ids, Set<Long> read) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(Supports, em -> {
            Map<Long, AlertEntity> rows = em
                    .createQuery("SELECT a FROM InbAlert a WHERE a.id IN :ids", AlertEntity.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .stream()
                    .collect(Collectors.toMap(AlertEntity::getId, Function.identity()));
            return ids.stream().filter(rows::containsKey).map(id -> toAlert(rows.get(id), read.contains(id))).toList();
        });
    }

    /**
     * Marks the alert read for the user; again is fine. False when no such alert is addressed to one of the roles.
     */
    public boolean markRead(long alertId, String username, Set<String> roles, Instant at) {
        if (roles.isEmpty()) {
            return false;
        }
        try {
            return jpa.txExpr(Required, em -> {
                boolean addressed = !em.createQuery(
                        "SELECT r.id FROM InbAlertRole r WHERE r.alertId = :id AND r.role IN :roles", Long.class)
                        .setParameter("id", alertId)
                        .setParameter("roles", roles)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
                if (!addressed) {
                    return false;
                }
                boolean marked = !em.createQuery(
                        "SELECT m.id FROM InbAlertRead m WHERE m.alertId = :id AND m.username = :user", Long.class)
                        .setParameter("id", alertId)
                        .setParameter("user", username)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
                if (!marked) {
                    em.persist(new AlertReadEntity(alertId, username, Times.toDb(at)));
                    em.flush();
                }
                return true;
            });
        } catch (PersistenceException e) {
            if (DatabaseErrors.isUniqueViolation(e)) {
                return true; // marked at the same moment by another request
            }
            throw e;
        }
    }

    private static StoredAlert toAlert(AlertEntity a, boolean read) {
        return new StoredAlert(a.getId(), a.getCode(), Alert.Level.valueOf(a.getLevel()),
                LocalizedText.of(a.getTitleZh(), a.getTitleEn()), LocalizedText.of(a.getMessageZh(), a.getMessageEn()),
                a.getLink(), a.getEnterpriseId(), a.getDepartment(), a.getVillage(), a.getSourceTopic(),
                a.getRaisedBy(), Times.fromDb(a.getCreatedAt()), read);
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
