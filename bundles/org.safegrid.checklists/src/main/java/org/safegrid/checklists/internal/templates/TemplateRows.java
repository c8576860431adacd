package org.safegrid.checklists.internal.templates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.ItemCategory;
import org.safegrid.api.checklist.SeverityHint;
import org.safegrid.checklists.api.TemplateItem;
import org.safegrid.checklists.internal.model.TemplateDraft;
import org.safegrid.checklists.internal.model.TemplateHead;
import org.safegrid.checklists.internal.persistence.ItemEntity;
import org.safegrid.checklists.internal.persistence.TemplateEntity;

/** Reads and writes template rows inside a transaction of {@link TemplateStore}. */
final class TemplateRows {

    private TemplateRows() {
    }

    /** Every version of a code, oldest first. */
    static List<TemplateEntity> versions(EntityManager em, String code) {
        return em.createQuery("SELECT t FROM ChkTemplate t WHERE t.code = :code ORDER BY t.version",
                TemplateEntity.class).setParameter("code", code).getResultList();
    }

    /** The latest version of a code, with the creation of its first; null when there is none. */
    static TemplateHead latest(EntityManager em, String code) {
        List<TemplateEntity> versions = versions(em, code);
        return versions.isEmpty()
                ? null
                : head(versions.get(versions.size() - 1), versions.get(0).getCreatedAt());
    }

    /** The items of these versions, in order, by version row id. */
    static Map<Long, List<TemplateItem>> items(EntityManager em, Collection<Long> templateIds) {
        Map<Long, List<TemplateItem>> items = new HashMap<>();
        if (templateIds.isEmpty()) {
            return items;
        }
        List<ItemEntity> rows = em.createQuery("SELECT i FROM ChkItem i WHERE i.templateId IN :ids"
                + " ORDER BY i.templateId, i.position", ItemEntity.class)
                .setParameter("ids", List.copyOf(templateIds))
                .getResultList();
        for (ItemEntity row : rows) {
            items.computeIfAbsent(row.getTemplateId(), id -> new ArrayList<>()).add(item(row));
        }
        return items;
    }

    /** Stores a new version with its items; the unique key (code, version) refuses a version stored concurrently. */
    static TemplateEntity insert(EntityManager em, TemplateDraft draft, int version, String source, String user,
            Instant at, boolean active) {
        TemplateEntity entity = new TemplateEntity(draft.code(), version, draft.department(), source);
        entity.define(draft.name(), draft.nameEn(), draft.cadence().name(), draft.sectors(), draft.flags());
        entity.created(user, at, active);
        em.persist(entity);
        em.flush();
        int position = 0;
        for (TemplateItem item : draft.items()) {
            ItemEntity row = new ItemEntity(entity.getId(), position++, item.code());
            row.define(item.text(), item.textEn(), item.category().name(), item.legalBasis(),
                    item.severityHint().name());
            em.persist(row);
        }
        em.flush();
        return entity;
    }

    static TemplateHead head(TemplateEntity e, Instant firstCreatedAt) {
        return new TemplateHead(e.getId(), e.getCode(), e.getVersion(), e.getName(), e.getNameEn(),
                Cadence.valueOf(e.getCadence()), e.getSectors(), e.getFlags(), e.getDepartment(), e.getSource(),
                e.isActive(), e.getCreatedAt(), e.getCreatedBy(), firstCreatedAt);
    }

    static TemplateItem item(ItemEntity row) {
        return new TemplateItem(row.getCode(), row.getText(), row.getTextEn(), ItemCategory.valueOf(row.getCategory()),
                row.getLegalBasis(), SeverityHint.valueOf(row.getSeverityHint()));
    }
}
