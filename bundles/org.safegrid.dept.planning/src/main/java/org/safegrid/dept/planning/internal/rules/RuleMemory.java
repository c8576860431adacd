package org.safegrid.dept.planning.internal.rules;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.dept.planning.internal.PlanningSettings;
import org.safegrid.dept.planning.internal.common.PlanningUnit;

/**
 * What the rules need to remember over time: the periods a site missed its self-inspection, and the items that failed
 * in each period. The report section reads the same rows.
 */
@Component(service = RuleMemory.class)
public class RuleMemory {

    /** A missed period as stored. */
    public record Missed(Site site, String templateCode, String periodKey, LocalDate periodEnd) {
    }

    /** A failed item as stored. */
    public record Failed(Site site, String templateCode, String periodKey, LocalDate periodEnd, String itemCode) {
    }

    private final JpaTemplate jpa;
    private final PlanningSettings settings;

    @Activate
    public RuleMemory(@Reference(target = PlanningUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = PlanningUnit.SCHEMA_TARGET) ModuleSchema schema, @Reference PlanningSettings settings) {
        this.jpa = jpa;
        this.settings = settings;
    }

    /** Records that the site missed the period (once; again is a no-op). */
    public void recordMissed(Site site, String template, String periodKey, LocalDate periodEnd) {
        jpa.tx(Required, em -> {
            if (missed(em, site.enterpriseId(), template, periodEnd)) {
                return;
            }
            MissedWeekEntity row = new MissedWeekEntity();
            row.setEnterpriseId(site.enterpriseId());
            row.setEnterpriseName(cut(site.name()));
            row.setDepartment(site.department());
            row.setSecondDepartment(site.secondDepartment());
            row.setVillage(site.village());
            row.setTemplateCode(template);
            row.setPeriodKey(periodKey);
            row.setPeriodEnd(periodEnd);
            row.setRecordedAt(settings.now());
            em.persist(row);
        });
    }

    /** Forgets a missed period: the site submitted it after all. */
    public void clearMissed(long enterpriseId, String template, LocalDate periodEnd) {
        jpa.tx(Required, em -> em.createQuery("DELETE FROM PlnMissedWeek e WHERE e.enterpriseId = :e"
                + " AND e.templateCode = :t AND e.periodEnd = :end")
                .setParameter("e", enterpriseId)
                .setParameter("t", template)
                .setParameter("end", periodEnd)
                .executeUpdate());
    }

    /** How many periods in a row the site missed, ending with the one ending on {@code periodEnd}. */
    public int consecutiveMissed(long enterpriseId, String template, LocalDate periodEnd,
            UnaryOperator<LocalDate> previous) {
        // the latest missed periods in one query, then the unbroken run counted back from periodEnd
        Set<LocalDate> missed = new HashSet<>(jpa.txExpr(Supports, em -> em.createQuery(
                "SELECT e.periodEnd FROM PlnMissedWeek e WHERE e.enterpriseId = :e AND e.templateCode = :t"
                        + " AND e.periodEnd <= :end ORDER BY e.periodEnd DESC",
                LocalDate.class)
                .setParameter("e", enterpriseId)
                .setParameter("t", template)
                .setParameter("end", periodEnd)
                .setMaxResults(MAX_RUN)
                .getResultList()));
        int count = 0;
        LocalDate end = periodEnd;
        while (count < MAX_RUN && missed.contains(end)) {
            count++;
            end = previous.apply(end);
        }
        return count;
    }

    /** The longest run of missed periods counted. */
    private static final int MAX_RUN = 60;

    /** Records the failed items of the site's submission for the period (each once). */
    public void recordFailed(Site site, String template, String periodKey, LocalDate periodEnd,
            Collection<String> items) {
        if (items.isEmpty()) {
            return;
        }
        jpa.tx(Required, em -> {
            Set<String> known = failed(em, site.enterpriseId(), template, periodEnd);
            for (String item : items) {
                if (known.contains(item)) {
                    continue;
                }
                FailedItemEntity row = new FailedItemEntity();
                row.setEnterpriseId(site.enterpriseId());
                row.setEnterpriseName(cut(site.name()));
                row.setDepartment(site.department());
                row.setSecondDepartment(site.secondDepartment());
                row.setVillage(site.village());
                row.setTemplateCode(template);
                row.setPeriodKey(periodKey);
                row.setPeriodEnd(periodEnd);
                row.setItemCode(item);
                row.setRecordedAt(settings.now());
                em.persist(row);
            }
        });
    }

    /** The items recorded as failed for the site in the period ending on {@code periodEnd}. */
    public Set<String> failedIn(long enterpriseId, String template, LocalDate periodEnd) {
        return jpa.txExpr(Supports, em -> failed(em, enterpriseId, template, periodEnd));
    }

    /** Missed periods ending from {@code from} to {@code to}, oldest first. */
    public List<Missed> missedBetween(LocalDate from, LocalDate to) {
        return jpa.txExpr(Supports, em -> em
                .createQuery("SELECT e FROM PlnMissedWeek e WHERE e.periodEnd >= :from AND e.periodEnd <= :to"
                        + " ORDER BY e.periodEnd, e.enterpriseId", MissedWeekEntity.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(e -> new Missed(new Site(e.getEnterpriseId(), e.getEnterpriseName(), e.getDepartment(),
                        e.getSecondDepartment(), e.getVillage()), e.getTemplateCode(), e.getPeriodKey(),
                        e.getPeriodEnd()))
                .toList());
    }

    /** Failed items of periods ending from {@code from} to {@code to}. */
    public List<Failed> failedBetween(LocalDate from, LocalDate to) {
        return jpa.txExpr(Supports, em -> em
                .createQuery("SELECT e FROM PlnFailedItem e WHERE e.periodEnd >= :from AND e.periodEnd <= :to"
                        + " ORDER BY e.periodEnd, e.enterpriseId", FailedItemEntity.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(e -> new Failed(new Site(e.getEnterpriseId(), e.getEnterpriseName(), e.getDepartment(),
                        e.getSecondDepartment(), e.getVillage()), e.getTemplateCode(), e.getPeriodKey(),
                        e.getPeriodEnd(), e.getItemCode()))
                .toList());
    }

    private static boolean missed(EntityManager em, long enterpriseId, String template, LocalDate end) {
        return em.createQuery("SELECT COUNT(e) FROM PlnMissedWeek e WHERE e.enterpriseId = :e AND e.templateCode = :t"
                + " AND e.periodEnd = :end", Long.class)
                .setParameter("e", enterpriseId)
                .setParameter("t", template)
                .setParameter("end", end)
                .getSingleResult() > 0;
    }

    private static Set<String> failed(EntityManager em, long enterpriseId, String template, LocalDate end) {
        return new HashSet<>(em.createQuery("SELECT e.itemCode FROM PlnFailedItem e WHERE e.enterpriseId = :e"
                + " AND e.templateCode = :t AND e.periodEnd = :end", String.class)
                .setParameter("e", enterpriseId)
                .setParameter("t", template)
                .setParameter("end", end)
                .getResultList());
    }

    private static String cut(String name) {
        return name == null ? "" : name.length() > 200 ? name.substring(0, 200) : name;
    }
}
