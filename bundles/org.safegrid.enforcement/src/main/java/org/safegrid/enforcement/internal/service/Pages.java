package org.safegrid.enforcement.internal.service;

import java.util.List;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.safegrid.enterprises.api.Page;

/** One page of a scoped query: a count, then the page's rows only. */
final class Pages {

    private Pages() {
    }

    static <E, T> Page<T> page(EntityManager em, String entity, Where where, String orderBy, Class<E> type, int page,
            int size, Function<E, T> mapper) {
        long total = where.bind(em.createQuery("SELECT COUNT(a) FROM " + entity + " a" + where.clause(), Long.class))
                .getSingleResult();
        long offset = (long) page * size;
        if (offset >= total) {
            return new Page<>(List.of(), page, size, total);
        }
        List<T> items = where
                .bind(em.createQuery("SELECT a FROM " + entity + " a" + where.clause() + " ORDER BY " + orderBy,
                        type))
                .setFirstResult((int) offset)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(mapper)
                .toList();
        return new Page<>(items, page, size, total);
    }
}
