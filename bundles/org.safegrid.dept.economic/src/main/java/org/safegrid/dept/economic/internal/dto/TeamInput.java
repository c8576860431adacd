package org.safegrid.dept.economic.internal.dto;

import java.util.List;

/**
 * A chief-engineer team as a client sends it to create or replace one; {@code establishedOn} is an ISO date and
 * {@code version} the version last read (required to replace).
 */
public record TeamInput(Long enterpriseId, String leader, String leaderTitle, String leaderPhone,
        String establishedOn, List<MemberInput> members, String note, Long version) {
}
