package org.safegrid.dept.economic.internal.dto;

import java.util.List;

/** A chief-engineer team on the wire, with the enterprise's name as the registry has it now. */
public record TeamDto(long id, long enterpriseId, String enterpriseName, String village, boolean aboveScale,
        String leader, String leaderTitle, String leaderPhone, String establishedOn, List<MemberDto> members,
        String note, long version, String createdBy, String createdAt, String updatedBy, String updatedAt) {
}
