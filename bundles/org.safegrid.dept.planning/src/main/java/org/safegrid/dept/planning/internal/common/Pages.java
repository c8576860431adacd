package org.safegrid.dept.planning.internal.common;

import java.util.List;
import java.util.function.Function;

import javax.persistence.EntityManager;

/** Runs a filtered, ordered list query one page at a time, with the total count. */
public final class Pages {

    private Pages() {
    }

    /**
     * @param entity the JPQL entity name; the alias is {@code e}
     * @param orderBy the ORDER BY list, for example {@code e.startAt DESC, e.id DESC}
     */
    public static <E, D> PageDto<D> fetch(EntityManager em, Class<E> type, String entity, Where where,
            String orderBy, PageRequest request, Function<E, D> toDto) {
        String from = " FROM " + entity + " e" + where.clause();
        long total = where.bind(em.createQuery("SELECT COUNT(e)" + from, Long.class)).getSingleResult();
        if (total <= request.offset()) {
            return new PageDto<>(List.of(), request.page(), request.size(), total);
        }
        List<D> items = where.bind(em.createQuery("SELECT e" + from + " ORDER BY " + orderBy, type))
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList()
                .stream()
                .map(toDto)
                .toList();
        return new PageDto<>(items, request.page(), request.size(), total);
    }
}
