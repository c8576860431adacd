package org.safegrid.checklists.internal.templates;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.checklists.api.Template;
import org.safegrid.checklists.api.TemplateItem;
import org.safegrid.checklists.internal.model.Sources;
import org.safegrid.checklists.internal.model.TemplateDraft;
import org.safegrid.checklists.internal.model.TemplateHead;
import org.safegrid.checklists.internal.persistence.ChecklistsUnit;
import org.safegrid.checklists.internal.persistence.Conflicts;
import org.safegrid.checklists.internal.persistence.TemplateEntity;

/**
 * Template versions. A stored version never changes: a changed definition is stored as the next version, and only
 * the template's {@code active} state is written to existing rows (alike on all versions of a code).
 */
@Component(service = TemplateStore.class)
public class TemplateStore {

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public TemplateStore(@Reference(target = ChecklistsUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = ChecklistsUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    /**

     * The store with its own clock, for tests. (Not a second public constructor: Declarative Services picks the

     * constructor by its number of parameters, so only the activation constructor may be public.)

     */

    public static TemplateStore withClock(JpaTemplate jpa, Clock clock) {

        return new TemplateStore(jpa, clock);

    }

    TemplateStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** The latest version of every template, active or not, by code; one query over the version rows. */
    public List<TemplateHead> heads() {
        return jpa.txExpr(Supports, em -> {
            List<TemplateEntity> rows = em
                    .createQuery("SELECT t FROM ChkTemplate t ORDER BY t.code, t.version", TemplateEntity.class)
                    .getResultList();
            Map<String, TemplateEntity> latest = new LinkedHashMap<>();
            Map<String, Instant> first = new HashMap<>();
            for (TemplateEntity row : rows) {
                latest.put(row.getCode(), row);
                first.putIfAbsent(row.getCode(), row.getCreatedAt());
            }
            List<TemplateHead> heads = new ArrayList<>(latest.size());
            latest.values().forEach(row -> heads.add(TemplateRows.head(row, first.get(row.getCode()))));
            return heads;
        });
    }

    /** Every version of these templates, without items, by {@code code:version}; one query. */
    public Map<String, TemplateHead> versionsOf(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jpa.txExpr(Supports, em -> {
            List<TemplateEntity> rows = em.createQuery("SELECT t FROM ChkTemplate t WHERE t.code IN :codes"
                    + " ORDER BY t.code, t.version", TemplateEntity.class)
                    .setParameter("codes", List.copyOf(codes))
                    .getResultList();
            Map<String, Instant> first = new HashMap<>();
            Map<String, TemplateHead> versions = new HashMap<>();
            for (TemplateEntity row : rows) {
                first.putIfAbsent(row.getCode(), row.getCreatedAt());
                versions.put(row.getCode() + ":" + row.getVersion(), TemplateRows.head(row, first.get(row.getCode())));
            }
            return versions;
        });
    }

    /** The latest version of a template, without items. */
    public Optional<TemplateHead> head(String code) {
        return jpa.txExpr(Supports, em -> Optional.ofNullable(TemplateRows.latest(em, code)));
    }

    /** The latest version of a template, with its items. */
    public Optional<Template> latest(String code) {
        return jpa.txExpr(Supports, em -> {
            TemplateHead head = TemplateRows.latest(em, code);
            return head == null
                    ? Optional.<Template>empty()
                    : Optional.of(head.with(TemplateRows.items(em, List.of(head.id())).getOrDefault(head.id(),
                            List.of())));
        });
    }

    /** One version of a template, with its items. */
    public Optional<Template> version(String code, int version) {
        return jpa.txExpr(Supports, em -> {
            List<TemplateEntity> versions = TemplateRows.versions(em, code);
            return versions.stream().filter(v -> v.getVersion() == version).findFirst().map(row -> {
                TemplateHead head = TemplateRows.head(row, versions.get(0).getCreatedAt());
                return head.with(TemplateRows.items(em, List.of(head.id())).getOrDefault(head.id(), List.of()));
            });
        });
    }

    /** These versions with their items, in the same order; one query. */
    public List<Template> withItems(List<TemplateHead> heads) {
        Map<Long, List<TemplateItem>> items = jpa.txExpr(Supports,
                em -> TemplateRows.items(em, heads.stream().map(TemplateHead::id).toList()));
        return heads.stream().map(h -> h.with(items.getOrDefault(h.id(), List.of()))).toList();
    }

    /** How many items each of these versions has; one query. */
    public Map<Long, Integer> itemCounts(Collection<Long> templateIds) {
        if (templateIds.isEmpty()) {
            return Map.of();
        }
        return jpa.txExpr(Supports, em -> {
            Map<Long, Integer> counts = new HashMap<>();
            em.createQuery("SELECT i.templateId, COUNT(i) FROM ChkItem i WHERE i.templateId IN :ids"
                    + " GROUP BY i.templateId", Object[].class)
                    .setParameter("ids", List.copyOf(templateIds))
                    .getResultList()
                    .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
            return counts;
        });
    }

    /**
     * Stores a plug-in's definition: the first version, or the next one when it differs from the latest; an unchanged
     * inactive template becomes active again. A code held by a custom template or by another department is a
     * {@link Outcome#CONFLICT} and stores nothing.
     */
    public Saved contribute(TemplateDraft draft, String user) {
        try {
            return jpa.txExpr(Required, em -> {
                TemplateHead current = TemplateRows.latest(em, draft.code());
                if (current != null && (!Sources.CONTRIBUTED.equals(current.source())
                        || !current.department().equals(draft.department()))) {
                    return Saved.of(Outcome.CONFLICT, null, current);
                }
                if (current != null) {
                    Template stored = current.with(TemplateRows.items(em, List.of(current.id()))
                            .getOrDefault(current.id(), List.of()));
                    if (draft.sameDefinition(stored)) {
                        if (current.active()) {
                            return Saved.of(Outcome.UNCHANGED, stored, current);
                        }
                        TemplateRows.versions(em, draft.code()).forEach(v -> v.setActive(true));
                        return Saved.of(Outcome.REACTIVATED, TemplateRows.latest(em, draft.code())
                                .with(stored.items()), current);
                    }
                }
                int next = current == null ? 1 : current.version() + 1;
                TemplateRows.versions(em, draft.code()).forEach(v -> v.setActive(true));
                return stored(em, draft, next, Sources.CONTRIBUTED, user, true, current);
            });
        } catch (RuntimeException e) {
            if (Conflicts.isUniqueViolation(e)) {
                return Saved.of(Outcome.CONFLICT, null, head(draft.code()).orElse(null));
            }
            throw e;
        }
    }

    /** Stores the first version of a custom template; {@link Outcome#CONFLICT} when the code is taken. */
    public Saved create(TemplateDraft draft, String user) {
        try {
            return jpa.txExpr(Required, em -> {
                TemplateHead current = TemplateRows.latest(em, draft.code());
                if (current != null) {
                    return Saved.of(Outcome.CONFLICT, null, current);
                }
                return stored(em, draft, 1, Sources.CUSTOM, user, true, null);
            });
        } catch (RuntimeException e) {
            if (Conflicts.isUniqueViolation(e)) {
                return Saved.of(Outcome.CONFLICT, null, null);
            }
            throw e;
        }
    }

    /**
     * Stores the next version of a custom template when the definition differs from the latest. {@code guard} sees the
     * latest version first and may refuse (by throwing); {@code expectedVersion}, when given, must be the latest.
     */
    public Saved update(TemplateDraft draft, String user, Integer expectedVersion,
            Consumer<TemplateHead> guard) {
        try {
            return jpa.txExpr(Required, em -> {
                TemplateHead current = TemplateRows.latest(em, draft.code());
                if (current == null) {
                    return Saved.of(Outcome.NOT_FOUND, null, null);
                }
                if (!current.custom()) {
                    return Saved.of(Outcome.CONTRIBUTED, null, current);
                }
                guard.accept(current);
                if (expectedVersion != null && expectedVersion != current.version()) {
                    return Saved.of(Outcome.STALE, null, current);
                }
                Template stored = current.with(TemplateRows.items(em, List.of(current.id()))
                        .getOrDefault(current.id(), List.of()));
                if (draft.sameDefinition(stored)) {
                    return Saved.of(Outcome.UNCHANGED, stored, current);
                }
                return stored(em, draft, current.version() + 1, Sources.CUSTOM, user, current.active(), current);
            });
        } catch (RuntimeException e) {
            if (Conflicts.isUniqueViolation(e)) {
                return Saved.of(Outcome.STALE, null, head(draft.code()).orElse(null));
            }
            throw e;
        }
    }

    /**
     * Sets whether a template is due in new periods, on all its versions.
     *
     * @return the latest version after the change, empty when no template has the code
     */
    public Optional<TemplateHead> setActive(String code, boolean active) {
        return jpa.txExpr(Required, em -> {
            List<TemplateEntity> versions = TemplateRows.versions(em, code);
            versions.forEach(v -> v.setActive(active));
            return versions.isEmpty()
                    ? Optional.<TemplateHead>empty()
                    : Optional.of(TemplateRows.head(versions.get(versions.size() - 1),
                            versions.get(0).getCreatedAt()));
        });
    }

    private Saved stored(EntityManager em, TemplateDraft draft, int version, String source,
            String user, boolean active, TemplateHead current) {
        TemplateEntity row = TemplateRows.insert(em, draft, version, source, user, clock.instant(), active);
        Instant first = current == null ? row.getCreatedAt() : current.firstCreatedAt();
        return Saved.of(Outcome.STORED, TemplateRows.head(row, first).with(draft.items()), current);
    }
}
