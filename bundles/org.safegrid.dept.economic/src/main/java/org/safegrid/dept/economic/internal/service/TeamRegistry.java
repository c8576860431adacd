package org.safegrid.dept.economic.internal.service;

import java.util.List;
import java.util.Set;

import org.safegrid.dept.economic.internal.model.Team;

/** What the rules and the report read of the teams. */
public interface TeamRegistry {

    /** Whether the enterprise has a chief-engineer team. */
    boolean hasTeam(long enterpriseId);

    /** The enterprises that have a team. */
    Set<Long> enterprisesWithTeams();

    /** Every team; a town has at most a few hundred above-scale enterprises. */
    List<Team> all();
}
