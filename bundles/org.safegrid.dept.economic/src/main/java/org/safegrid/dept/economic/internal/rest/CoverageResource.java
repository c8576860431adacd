package org.safegrid.dept.economic.internal.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.api.module.DepartmentApi;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.security.DataScope;
import org.safegrid.dept.economic.internal.dto.CoverageDto;
import org.safegrid.dept.economic.internal.model.Team;
import org.safegrid.dept.economic.internal.rules.TeamAlerts;
import org.safegrid.dept.economic.internal.service.TeamService;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;

/**
 * {@code GET /api/dept/economic/above-scale}: the above-scale enterprises the office regulates in the caller's scope,
 * each with its team or none, those without one first.
 */
@Component(service = CoverageResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path(EconomicApi.BASE + "above-scale")
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {

    private final TeamService teams;
    private final EnterpriseService enterprises;

    @Activate
    public CoverageResource(@Reference TeamService teams, @Reference EnterpriseService enterprises) {
        this.teams = teams;
        this.enterprises = enterprises;
    }

    @GET
    public CoverageDto coverage(@Context SecurityContext security) {
        Map<Long, EnterpriseProfile> visible = ScopedEnterprises.regulated(enterprises, DataScope.of(security),
                EnterpriseStatus.OPERATING);
        return coverage(visible.values(), teams.all());
    }

    static CoverageDto coverage(java.util.Collection<EnterpriseProfile> visible, List<Team> all) {
        Map<Long, Team> teamOf = all.stream().collect(Collectors.toMap(Team::enterpriseId, Function.identity(),
                (a, b) -> a));
        List<CoverageDto.Row> rows = visible.stream()
                .filter(e -> e.hasFlag(TeamAlerts.ABOVE_SCALE))
                .map(e -> {
                    Team t = teamOf.get(e.id());
                    return new CoverageDto.Row(e.id(), e.name(), e.village(), e.sector(), e.riskLevel(),
                            t == null ? null : t.id(), t == null ? null : t.leader(),
                            t == null ? 0 : t.members().size());
                })
                .sorted(Comparator.comparing((CoverageDto.Row r) -> r.teamId() != null)
                        .thenComparing(CoverageDto.Row::name))
                .toList();
        int withTeam = (int) rows.stream().filter(r -> r.teamId() != null).count();
        return new CoverageDto(rows.size(), withTeam, rows);
    }
}
