package org.safegrid.api.plate;

import java.util.Set;

/**
 * What a plate-role rule may know of an enterprise.
 *
 * @param id the enterprise's id
 * @param creditCode its unified social credit code
 * @param name its name
 * @param sector the sector code, for example {@code hazardous-chemicals}
 * @param department the id of the first regulating department
 * @param secondDepartment the id of the second regulating department, or null
 * @param village the village (community) code
 * @param riskLevel {@code RED}, {@code ORANGE}, {@code YELLOW} or {@code BLUE}
 * @param flags any of {@code ABOVE_SCALE}, {@code MAJOR_HAZARD_SOURCE}, {@code HIGH_FIRE_RISK},
 *            {@code SPECIAL_EQUIPMENT}
 * @param staffCount the number of staff
 */
public record EnterpriseProfile(long id, String creditCode, String name, String sector, String department,
        String secondDepartment, String village, String riskLevel, Set<String> flags, int staffCount) {

    public EnterpriseProfile {
        flags = Set.copyOf(flags);
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }
}
