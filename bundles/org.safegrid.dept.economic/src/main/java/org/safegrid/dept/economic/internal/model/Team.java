package org.safegrid.dept.economic.internal.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A stored chief-engineer team. */
public record Team(long id, long enterpriseId, String leader, LeaderTitle leaderTitle, String leaderPhone,
        LocalDate establishedOn, List<Member> members, String note, long version, String createdBy,
        LocalDateTime createdAt, String updatedBy, LocalDateTime updatedAt) {

    public Team {
        members = List.copyOf(members);
    }
}
