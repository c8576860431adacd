package org.safegrid.reports.internal.archive;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.api.report.ReportUnit;
import org.safegrid.api.security.DataScope;
import org.safegrid.reports.internal.compose.ArchivedLastPlaces;
import org.safegrid.reports.internal.model.ReportContent;
import org.safegrid.reports.internal.view.ReportView;
import org.safegrid.reports.internal.view.ReportViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archive of reports: each kept as generated, in both languages, never rewritten (one per kind, unit and period).
 * Active only once the module's schema is at its version.
 */
@Component(service = ArchiveStore.class)
public class ArchiveStore implements ArchivedLastPlaces {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveStore.class);
    private static final String ENTITY = "RptArchive";

    /** An archived report, read back. */
    public record Archived(ArchiveSummary summary, ReportView zh, ReportView en) {

        /** The report in a language, marked as archived under its id. */
        public ReportView view(boolean english) {
            return (english ? en : zh).archivedAs(summary.id());
        }
    }

    /** A report of this kind, unit and period is archived already. */
    public static final class AlreadyArchived extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public AlreadyArchived(String what) {
            super(what + " is archived already");
        }
    }

    private final JpaTemplate jpa;

    @Activate
    public ArchiveStore(@Reference(target = ReportsUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = ReportsUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this.jpa = jpa;
        LOG.debug("Report archive ready on schema {} version {}", schema.module(), schema.version());
    }

    /** Whether a report is archived. */
    public boolean exists(ReportUnit.Kind kind, String unit, String periodKey) {
        return jpa.txExpr(Supports, em -> find(em, kind.name(), unit, periodKey).isPresent());
    }

    /**
     * Archives a composed report, in both languages.
     *
     * @return its archive id
     * @throws AlreadyArchived when that report is archived already
     */
    public long save(ReportContent content, String user) {
        String what = content.kind() + " " + content.unit() + " " + content.period().key();
        String json = ArchiveCodec.write(
                new ArchiveCodec.Content(ReportViews.render(content, false), ReportViews.render(content, true)));
        try {
            return jpa.txExpr(Required, em -> {
                if (find(em, content.kind().name(), content.unit(), content.period().key()).isPresent()) {
                    throw new AlreadyArchived(what);
                }
                ArchiveEntity entity = new ArchiveEntity();
                entity.setKind(content.kind().name());
                entity.setUnit(content.unit());
                entity.setPeriodKey(content.period().key());
                entity.setPeriodFrom(content.period().from());
                entity.setPeriodTo(content.period().to());
                entity.setGeneratedAt(LocalDateTime.ofInstant(content.generatedAt(), ZoneOffset.UTC));
                entity.setGeneratedBy(user);
                entity.setContent(json);
                em.persist(entity);
                em.flush();
                return entity.getId();
            });
        } catch (PersistenceException e) {
            // two archivers at once: the unique key (KIND, UNIT, PERIOD_KEY) let one of them through
            if (exists(content.kind(), content.unit(), content.period().key())) {
                throw new AlreadyArchived(what);
            }
            throw e;
        }
    }

    /** The archived report with this id. */
    public Optional<Archived> get(long id) {
        return jpa.txExpr(Supports, em -> Optional.ofNullable(em.find(ArchiveEntity.class, id)).map(e -> {
            ArchiveCodec.Content content = ArchiveCodec.read(e.getContent());
            return new Archived(summary(e, content.zh().title()), content.zh(), content.en());
        }));
    }

    /** The id of the archived report of this kind, unit and period. */
    public Optional<Long> idOf(ReportUnit.Kind kind, String unit, String periodKey) {
        return jpa.txExpr(Supports, em -> find(em, kind.name(), unit, periodKey).map(ArchiveEntity::getId));
    }

    /**
     * One page of the archive the scope may read: everything for the town's view, else the reports of its departments
     * and villages. Latest period first.
     */
    public ArchivePage list(DataScope scope, int page, int size, TitleMaker titles) {
        StringBuilder where = new StringBuilder();
        if (!scope.all()) {
            where.append(" WHERE (a.kind = 'DEPARTMENT' AND a.unit IN :departments)")
                    .append(" OR (a.kind = 'VILLAGE' AND a.unit IN :villages)");
        }
        return jpa.txExpr(Supports, em -> {
            if (!scope.all() && scope.departments().isEmpty() && scope.villages().isEmpty()) {
                return new ArchivePage(List.of(), page, size, 0);
            }
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM " + ENTITY + " a" + where, Long.class);
            TypedQuery<Object[]> rows = em.createQuery("SELECT a.id, a.kind, a.unit, a.periodKey, a.periodFrom,"
                    + " a.periodTo, a.generatedAt, a.generatedBy FROM " + ENTITY + " a" + where
                    + " ORDER BY a.periodFrom DESC, a.kind DESC, a.unit", Object[].class);
            if (!scope.all()) {
                Set<String> departments = scope.departments().isEmpty() ? Set.of("") : scope.departments();
                Set<String> villages = scope.villages().isEmpty() ? Set.of("") : scope.villages();
                for (TypedQuery<?> q : List.<TypedQuery<?>>of(count, rows)) {
                    q.setParameter("departments", departments);
                    q.setParameter("villages", villages);
                }
            }
            long total = count.getSingleResult();
            List<ArchiveSummary> items = new ArrayList<>();
            for (Object[] row : rows.setFirstResult(page * size).setMaxResults(size).getResultList()) {
                String kind = (String) row[1];
                String unit = (String) row[2];
                String key = (String) row[3];
                items.add(new ArchiveSummary((Long) row[0], kind, unit, titles.title(kind, unit, key), key,
                        (java.time.LocalDate) row[4], (java.time.LocalDate) row[5],
                        ((LocalDateTime) row[6]).toInstant(ZoneOffset.UTC), (String) row[7]));
            }
            return new ArchivePage(items, page, size, total);
        });
    }

    /** Makes the title of a listed report in the reader's language. */
    @FunctionalInterface
    public interface TitleMaker {
        String title(String kind, String unit, String periodKey);
    }

    @Override
    public Optional<Map<ReportUnit.Kind, Set<String>>> lastPlaces(String monthKey) {
        Optional<ArchiveCodec.Content> town = jpa.txExpr(Supports,
                em -> find(em, ReportUnit.Kind.TOWN.name(), "town", monthKey)
                        .map(e -> ArchiveCodec.read(e.getContent())));
        return town.map(content -> {
            Map<ReportUnit.Kind, Set<String>> last = new EnumMap<>(ReportUnit.Kind.class);
            last.put(ReportUnit.Kind.DEPARTMENT, new TreeSet<>());
            last.put(ReportUnit.Kind.VILLAGE, new TreeSet<>());
            for (ReportView.LastPlaceView place : content.zh().lastPlace()) {
                last.get(ReportUnit.Kind.valueOf(place.kind())).add(place.unit());
            }
            return last;
        });
    }

    private static Optional<ArchiveEntity> find(EntityManager em, String kind, String unit, String periodKey) {
        return em.createQuery("SELECT a FROM " + ENTITY + " a WHERE a.kind = :kind AND a.unit = :unit"
                + " AND a.periodKey = :key", ArchiveEntity.class)
                .setParameter("kind", kind)
                .setParameter("unit", unit)
                .setParameter("key", periodKey)
                .getResultStream()
                .findFirst();
    }

    private static ArchiveSummary summary(ArchiveEntity e, String title) {
        return new ArchiveSummary(e.getId(), e.getKind(), e.getUnit(), title, e.getPeriodKey(), e.getPeriodFrom(),
                e.getPeriodTo(), e.getGeneratedAt().toInstant(ZoneOffset.UTC), e.getGeneratedBy());
    }
}
