package org.safegrid.dept.economic.internal.rest;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.dept.economic.internal.dto.MemberDto;
import org.safegrid.dept.economic.internal.dto.TeamDto;
import org.safegrid.dept.economic.internal.model.Team;
import org.safegrid.dept.economic.internal.rules.TeamAlerts;

/** Teams as the API writes them. */
final class TeamViews {

    private TeamViews() {
    }

    static TeamDto toDto(Team t, EnterpriseProfile enterprise) {
        return new TeamDto(t.id(), t.enterpriseId(), enterprise == null ? null : enterprise.name(),
                enterprise == null ? null : enterprise.village(),
                enterprise != null && enterprise.hasFlag(TeamAlerts.ABOVE_SCALE), t.leader(), t.leaderTitle().name(),
                t.leaderPhone(), t.establishedOn().toString(),
                t.members().stream().map(m -> new MemberDto(m.name(), m.specialty(), m.phone())).toList(), t.note(),
                t.version(), t.createdBy(), dateTime(t.createdAt()), t.updatedBy(), dateTime(t.updatedAt()));
    }

    /** Always with seconds: 2026-11-28T08:30:00. */
    static String dateTime(LocalDateTime value) {
        return value == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value.withNano(0));
    }
}
