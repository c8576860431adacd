package org.safegrid.dept.planning.internal.project;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.persistence.OptimisticLockException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.dept.planning.internal.PlanningSettings;
import org.safegrid.dept.planning.internal.common.PageDto;
import org.safegrid.dept.planning.internal.common.PageRequest;
import org.safegrid.dept.planning.internal.common.Pages;
import org.safegrid.dept.planning.internal.common.PlanningUnit;
import org.safegrid.dept.planning.internal.common.Where;

/**
 * Construction projects: stores and finds them. Active only once the module's schema is at its version (the
 * {@link ModuleSchema} reference).
 */
@Component(service = ProjectService.class)
public class ProjectService {

    private static final String ENTITY = "PlnProject";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final JpaTemplate jpa;
    private final PlanningSettings settings;

    @Activate
    public ProjectService(@Reference(target = PlanningUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = PlanningUnit.SCHEMA_TARGET) ModuleSchema schema, @Reference PlanningSettings settings) {
        this.jpa = jpa;
        this.settings = settings;
    }

    /** Projects matching the filters (null filters nothing), planned completion first, then by name. */
    public PageDto<ProjectDto> list(PageRequest request, ProjectPhase phase, Long enterpriseId, String text) {
        String like = text == null
                ? null
                : "%" + text.toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        Where where = new Where().and("e.phase = :phase", "phase", phase)
                .and("e.enterpriseId = :enterprise", "enterprise", enterpriseId)
                .and("(LOWER(e.name) LIKE :text ESCAPE '!' OR LOWER(e.address) LIKE :text ESCAPE '!'"
                        + " OR LOWER(e.enterpriseName) LIKE :text ESCAPE '!' OR LOWER(e.permitNumber) LIKE :text ESCAPE '!')",
                        "text", like);
        LocalDate today = settings.today();
        return jpa.txExpr(Supports, em -> Pages.fetch(em, ProjectEntity.class, ENTITY, where,
                "e.plannedEnd, e.name, e.id", request, e -> toDto(e, today)));
    }

    public Optional<ProjectDto> find(long id) {
        LocalDate today = settings.today();
        return jpa.txExpr(Supports,
                em -> Optional.ofNullable(em.find(ProjectEntity.class, id)).map(e -> toDto(e, today)));
    }

    public ProjectDto create(ProjectData data, String user) {
        LocalDate today = settings.today();
        return jpa.txExpr(Required, em -> {
            ProjectEntity entity = new ProjectEntity();
            apply(data, entity);
            entity.created(user, settings.now());
            em.persist(entity);
            em.flush();
            return toDto(entity, today);
        });
    }

    /**
     * Replaces a project; empty when there is no such project.
     *
     * @throws SafeGridException 409 {@code stale_version} when it changed since the client read it
     */
    public Optional<ProjectDto> update(long id, ProjectData data, String user) {
        try {
            return replace(id, data, user);
        } catch (RuntimeException e) {
            // two saves of the same version at the same moment: the version column stops the second one
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockException) {
                    throw stale(id, null);
                }
            }
            throw e;
        }
    }

    private static SafeGridException stale(long id, Long current) {
        return new SafeGridException(SafeGridException.Kind.CONFLICT, "stale_version",
                "project " + id + " was changed by someone else; reload it and apply your changes again",
                current == null ? Map.of() : Map.of("currentVersion", current));
    }

    private Optional<ProjectDto> replace(long id, ProjectData data, String user) {
        LocalDate today = settings.today();
        return jpa.txExpr(Required, em -> Optional.ofNullable(em.find(ProjectEntity.class, id)).map(entity -> {
            if (!Objects.equals(data.version(), entity.getVersion())) {
                throw stale(id, entity.getVersion());
            }
            if (!data.plannedEnd().equals(entity.getPlannedEnd()) || data.phase() != entity.getPhase()) {
                entity.setAlertedOn(null); // a new plan deserves a new look
            }
            apply(data, entity);
            entity.updated(user, settings.now());
            em.flush();
            return toDto(entity, today);
        }));
    }

    /** Active projects past their planned completion that were not alerted about yet. */
    public List<ProjectDto> overdueNotAlerted(LocalDate today) {
        return jpa.txExpr(Supports, em -> em
                .createQuery("SELECT e FROM " + ENTITY + " e WHERE e.plannedEnd < :today AND e.alertedOn IS NULL"
                        + " AND e.phase <> :completed AND e.phase <> :suspended ORDER BY e.plannedEnd, e.id",
                        ProjectEntity.class)
                .setParameter("today", today)
                .setParameter("completed", ProjectPhase.COMPLETED)
                .setParameter("suspended", ProjectPhase.SUSPENDED)
                .getResultList()
                .stream()
                .map(e -> toDto(e, today))
                .toList());
    }

    /** Notes that the project was alerted about, without changing its version (clients editing it keep theirs). */
    public void markAlerted(long id, LocalDate day) {
        jpa.tx(Required, em -> {
            // native: a JPQL bulk update would bump the optimistic-lock version under the clients' feet
            em.createNativeQuery("UPDATE SG_PLN_PROJECT SET ALERTED_ON = ? WHERE ID = ?")
                    .setParameter(1, java.sql.Date.valueOf(day))
                    .setParameter(2, id)
                    .executeUpdate();
            em.getEntityManagerFactory().getCache().evict(ProjectEntity.class, id);
        });
    }

    /** Every project that is not completed, for the report section. */
    public List<ProjectDto> notCompleted() {
        LocalDate today = settings.today();
        return jpa.txExpr(Supports,
                em -> em.createQuery("SELECT e FROM " + ENTITY + " e WHERE e.phase <> :completed ORDER BY e.id",
                        ProjectEntity.class)
                        .setParameter("completed", ProjectPhase.COMPLETED)
                        .getResultList()
                        .stream()
                        .map(e -> toDto(e, today))
                        .toList());
    }

    private static void apply(ProjectData data, ProjectEntity e) {
        e.setName(data.name());
        e.setEnterpriseId(data.enterpriseId());
        e.setEnterpriseName(data.enterpriseName().length() > 200
                ? data.enterpriseName().substring(0, 200)
                : data.enterpriseName());
        e.setAddress(data.address());
        e.setPermitNumber(data.permitNumber());
        e.setStartDate(data.startDate());
        e.setPlannedEnd(data.plannedEnd());
        e.setPhase(data.phase());
        e.setSafetyOfficer(data.safetyOfficer());
        e.setSafetyOfficerPhone(data.safetyOfficerPhone());
    }

    static ProjectDto toDto(ProjectEntity e, LocalDate today) {
        boolean overdue = e.getPhase().active() && e.getPlannedEnd().isBefore(today);
        return new ProjectDto(e.getId(), e.getName(), e.getEnterpriseId(), e.getEnterpriseName(), e.getAddress(),
                e.getPermitNumber(), e.getStartDate().toString(), e.getPlannedEnd().toString(), e.getPhase().name(),
                e.getSafetyOfficer(), e.getSafetyOfficerPhone(), overdue, e.getVersion(), e.getCreatedBy(),
                text(e.getCreatedAt()), e.getUpdatedBy(), text(e.getUpdatedAt()));
    }

    private static String text(LocalDateTime value) {
        return value == null ? null : value.format(DATE_TIME);
    }
}
