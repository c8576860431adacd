package org.safegrid.dept.economic.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.dept.economic.internal.dto.CoverageDto;
import org.safegrid.dept.economic.internal.model.LeaderTitle;
import org.safegrid.dept.economic.internal.model.Member;
import org.safegrid.dept.economic.internal.model.Team;

class CoverageResourceTest {

    static EnterpriseProfile e(long id, String name, String... flags) {
        return new EnterpriseProfile(id, "X", name, "factory", "economic", null, "V01", "BLUE", Set.of(flags), 300);
    }

    @Test
    void listsAboveScaleOnesWithoutTeamFirst() {
        Team team = new Team(10, 1, "张总工", LeaderTitle.CHIEF_ENGINEER, "13812345678", LocalDate.of(2026, 1, 1),
                List.of(new Member("a", "电气", null), new Member("b", "机械", null)), null, 0, "u", null, null, null);
        CoverageDto dto = CoverageResource.coverage(List.of(e(1, "A厂", "ABOVE_SCALE"), e(2, "B厂", "ABOVE_SCALE"),
                e(3, "C厂")), List.of(team));
        assertEquals(2, dto.aboveScale());
        assertEquals(1, dto.withTeam());
        assertEquals(List.of(2L, 1L), dto.items().stream().map(CoverageDto.Row::enterpriseId).toList());
        assertEquals(10L, dto.items().get(1).teamId());
        assertEquals(2, dto.items().get(1).members());
    }
}
