package org.safegrid.enforcement.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.enforcement.internal.model.Activity;
import org.safegrid.enforcement.internal.persistence.EnforcementUnit;

/** Counts enforcement actions for the zero-enforcement check: four grouped queries on the date indexes. */
@Component(service = ActivityStore.class)
public class ActivityStore {

    private final JpaTemplate jpa;

    @Activate
    public ActivityStore(@Reference(target = EnforcementUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = EnforcementUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this(jpa);
    }

    public ActivityStore(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** Inspections and cases opened from {@code from} to {@code to} (both included), per department and village. */
    public Activity count(LocalDate from, LocalDate to) {
        return jpa.txExpr(Supports, em -> new Activity(
                grouped(em, "EnfInspection", "actingDepartment", "inspectedOn", from, to),
                grouped(em, "EnfCase", "actingDepartment", "openedOn", from, to),
                grouped(em, "EnfInspection", "village", "inspectedOn", from, to),
                grouped(em, "EnfCase", "village", "openedOn", from, to)));
    }

    /** Every department named in the enforcement records, as acting, first or second department. */
    public Set<String> departments() {
        return jpa.txExpr(Supports, em -> {
            Set<String> all = new TreeSet<>();
            for (String entity : List.of("EnfInspection", "EnfCase")) {
                for (String column : List.of("actingDepartment", "department", "secondDepartment")) {
                    all.addAll(em.createQuery("SELECT DISTINCT a." + column + " FROM " + entity + " a WHERE a."
                            + column + " IS NOT NULL", String.class).getResultList());
                }
            }
            return all;
        });
    }

    private static Map<String, Long> grouped(EntityManager em, String entity, String by, String date, LocalDate from,
            LocalDate to) {
        List<Object[]> rows = em
                .createQuery("SELECT a." + by + ", COUNT(a) FROM " + entity + " a WHERE a." + date + " >= :from AND a."
                        + date + " <= :to GROUP BY a." + by, Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
