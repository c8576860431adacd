package org.safegrid.enterprises.internal.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.safegrid.enterprises.api.Contact;

/** Reads and writes the contacts of enterprises. */
public final class ContactStore {

    /** Ids per IN list. */
    static final int CHUNK = 500;

    private ContactStore() {
    }

    /** The contacts of these enterprises, in their order; enterprises without contacts are left out. */
    public static Map<Long, List<Contact>> of(EntityManager em, Collection<Long> enterpriseIds) {
        Map<Long, List<Contact>> contacts = new HashMap<>();
        List<Long> ids = List.copyOf(enterpriseIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createQuery("SELECT c FROM EntContact c WHERE c.enterpriseId IN :ids"
                    + " ORDER BY c.enterpriseId, c.positionNo", ContactEntity.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList()
                    .forEach(c -> contacts.computeIfAbsent(c.getEnterpriseId(), k -> new ArrayList<>())
                            .add(new Contact(c.getName(), c.getPosition(), c.getPhone())));
        }
        return contacts;
    }

    /** Adds the contacts of a new enterprise (whose row must be written first: flush before). */
    public static void insert(EntityManager em, long enterpriseId, List<Contact> contacts) {
        for (int i = 0; i < contacts.size(); i++) {
            ContactEntity entity = new ContactEntity(enterpriseId, i);
            Contact c = contacts.get(i);
            entity.set(c.name(), c.position(), c.phone());
            em.persist(entity);
        }
    }

    /** Makes an enterprise's contacts these: changes the rows in place, adds the new ones, removes the rest. */
    public static void replace(EntityManager em, long enterpriseId, List<Contact> contacts) {
        List<ContactEntity> old = em
                .createQuery("SELECT c FROM EntContact c WHERE c.enterpriseId = :id ORDER BY c.positionNo",
                        ContactEntity.class)
                .setParameter("id", enterpriseId)
                .getResultList();
        for (int i = 0; i < Math.max(old.size(), contacts.size()); i++) {
            if (i >= contacts.size()) {
                em.remove(old.get(i));
                continue;
            }
            Contact c = contacts.get(i);
            ContactEntity entity = i < old.size() ? old.get(i) : new ContactEntity(enterpriseId, i);
            entity.set(c.name(), c.position(), c.phone());
            if (i >= old.size()) {
                em.persist(entity);
            }
        }
    }
}
