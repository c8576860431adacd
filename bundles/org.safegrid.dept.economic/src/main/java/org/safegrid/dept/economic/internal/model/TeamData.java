package org.safegrid.dept.economic.internal.model;

import java.time.LocalDate;
import java.util.List;

/** A validated chief-engineer team as a client sent it. */
public record TeamData(long enterpriseId, String leader, LeaderTitle leaderTitle, String leaderPhone,
        LocalDate establishedOn, List<Member> members, String note) {

    public TeamData {
        members = List.copyOf(members);
    }
}
