package org.safegrid.dept.economic.internal.service;

import org.safegrid.dept.economic.internal.model.Member;
import org.safegrid.dept.economic.internal.model.Team;
import org.safegrid.dept.economic.internal.model.TeamData;
import org.safegrid.dept.economic.internal.persistence.TeamEntity;
import org.safegrid.dept.economic.internal.persistence.TeamMember;

/** Between entities and the model. */
final class TeamMapper {

    private TeamMapper() {
    }

    static Team toTeam(TeamEntity e) {
        return new Team(e.getId(), e.getEnterpriseId(), e.getLeader(), e.getLeaderTitle(), e.getLeaderPhone(),
                e.getEstablishedOn(),
                e.getMembers().stream().map(m -> new Member(m.getName(), m.getSpecialty(), m.getPhone())).toList(),
                e.getNote(), e.getVersion(), e.getCreatedBy(), e.getCreatedAt(), e.getUpdatedBy(), e.getUpdatedAt());
    }

    static void apply(TeamData data, TeamEntity e) {
        e.setEnterpriseId(data.enterpriseId());
        e.setLeader(data.leader());
        e.setLeaderTitle(data.leaderTitle());
        e.setLeaderPhone(data.leaderPhone());
        e.setEstablishedOn(data.establishedOn());
        e.setNote(data.note());
        e.setMembers(data.members().stream().map(m -> new TeamMember(m.name(), m.specialty(), m.phone())).toList());
    }
}
