package org.safegrid.dept.economic.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.dept.economic.internal.EconomicSettings;
import org.safegrid.dept.economic.internal.model.Team;
import org.safegrid.dept.economic.internal.model.TeamData;
import org.safegrid.dept.economic.internal.persistence.EconomicUnit;
import org.safegrid.dept.economic.internal.persistence.TeamEntity;

/**
 * Stores the chief-engineer teams. One team per enterprise (409 {@code team_exists} for a second); a change names the
 * version the client read (409 {@code stale_version} when someone changed it meanwhile).
 */
@Component(service = {TeamService.class, TeamRegistry.class})
public class TeamService implements TeamRegistry {

    private static final String ENTITY = "EcoTeam";

    private final JpaTemplate jpa;
    private final EconomicSettings settings;

    @Activate
    public TeamService(@Reference(target = EconomicUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = EconomicUnit.SCHEMA_TARGET) ModuleSchema schema, @Reference EconomicSettings settings) {
        this.jpa = jpa;
        this.settings = settings;
    }

    @Override
    public List<Team> all() {
        return jpa.txExpr(Supports, em -> em.createQuery("SELECT e FROM " + ENTITY + " e ORDER BY e.id",
                TeamEntity.class).getResultList().stream().map(TeamMapper::toTeam).toList());
    }

    @Override
    public boolean hasTeam(long enterpriseId) {
        return byEnterprise(enterpriseId).isPresent();
    }

    @Override
    public Set<Long> enterprisesWithTeams() {
        return jpa.txExpr(Supports, em -> new HashSet<>(em.createQuery("SELECT e.enterpriseId FROM " + ENTITY + " e",
                Long.class).getResultList()));
    }

    public Optional<Team> find(long id) {
        return jpa.txExpr(Supports, em -> Optional.ofNullable(em.find(TeamEntity.class, id)).map(TeamMapper::toTeam));
    }

    public Optional<Team> byEnterprise(long enterpriseId) {
        return jpa.txExpr(Supports, em -> teamOf(em, enterpriseId).map(TeamMapper::toTeam));
    }

    public Team create(TeamData data, String user) {
        try {
            return insert(data, user);
        } catch (PersistenceException e) {
            // two clients recorded a team for the same enterprise at once: the unique index refused the second
            if (hasTeam(data.enterpriseId())) {
                throw teamExists(data.enterpriseId());
            }
            throw e;
        }
    }

    private Team insert(TeamData data, String user) {
        return jpa.txExpr(Required, em -> {
            if (teamOf(em, data.enterpriseId()).isPresent()) {
                throw teamExists(data.enterpriseId());
            }
            TeamEntity entity = new TeamEntity();
            TeamMapper.apply(data, entity);
            entity.created(user, settings.now());
            em.persist(entity);
            em.flush();
            return TeamMapper.toTeam(entity);
        });
    }

    /** Replaces a team; empty when there is no such team. */
    public Optional<Team> update(long id, TeamData data, long version, String user) {
        return jpa.txExpr(Required, em -> Optional.ofNullable(em.find(TeamEntity.class, id)).map(entity -> {
            checkVersion(entity, version);
            Optional<TeamEntity> other = teamOf(em, data.enterpriseId());
            if (other.isPresent() && !other.get().getId().equals(entity.getId())) {
                throw teamExists(data.enterpriseId());
            }
            TeamMapper.apply(data, entity);
            entity.updated(user, settings.now());
            em.flush();
            return TeamMapper.toTeam(entity);
        }));
    }

    /** Removes a team (the enterprise dissolved it or left the office's scope); false when there is none. */
    public boolean delete(long id, long version) {
        return jpa.txExpr(Required, em -> {
            TeamEntity entity = em.find(TeamEntity.class, id);
            if (entity == null) {
                return false;
            }
            checkVersion(entity, version);
            em.remove(entity);
            return true;
        });
    }

    private static Optional<TeamEntity> teamOf(EntityManager em, long enterpriseId) {
        return em.createQuery("SELECT e FROM " + ENTITY + " e WHERE e.enterpriseId = :id", TeamEntity.class)
                .setParameter("id", enterpriseId)
                .getResultList()
                .stream()
                .findFirst();
    }

    private static void checkVersion(TeamEntity entity, long version) {
        if (entity.getVersion() != version) {
            throw SafeGridException.conflict("stale_version", "team " + entity.getId() + " was changed meanwhile "
                    + "(version " + entity.getVersion() + ", not " + version + "); reload it");
        }
    }

    private static SafeGridException teamExists(long enterpriseId) {
        return SafeGridException.conflict("team_exists", "enterprise " + enterpriseId + " already has a chief-engineer "
                + "team; edit that one");
    }
}
