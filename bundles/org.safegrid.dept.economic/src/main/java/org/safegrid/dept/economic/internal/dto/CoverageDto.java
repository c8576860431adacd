package org.safegrid.dept.economic.internal.dto;

import java.util.List;

/**
 * The above-scale enterprises the office regulates in the caller's scope, each with its team or none.
 *
 * @param aboveScale how many there are
 * @param withTeam how many of them have a team
 * @param items one row per enterprise, those without a team first
 */
public record CoverageDto(int aboveScale, int withTeam, List<Row> items) {

    /** One above-scale enterprise; {@code teamId} null when it has no team. */
    public record Row(long enterpriseId, String name, String village, String sector, String riskLevel, Long teamId,
            String leader, int members) {
    }
}
