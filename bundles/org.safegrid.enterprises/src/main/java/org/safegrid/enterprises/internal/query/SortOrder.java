package org.safegrid.enterprises.internal.query;

import java.util.Map;

import org.safegrid.enterprises.internal.validation.Failures;
import org.safegrid.enterprises.internal.validation.Text;

/**
 * The {@code sort} parameter of the enterprise list: a key, with a leading {@code -} for descending. Ties are broken
 * by id, so paging is stable. {@code riskLevel} sorts by severity: ascending from blue to red.
 */
public final class SortOrder {

    public static final String DEFAULT = "name";

    private static final Map<String, String> KEYS = Map.of("name", "e.name", "creditCode", "e.creditCode", "riskLevel",
            "e.riskRank", "staffCount", "e.staffCount", "updatedAt", "e.updatedAt");
    private static final Text BAD_SORT = new Text(
            "排序参数 sort 只能是 name、creditCode、riskLevel、staffCount、updatedAt（前加 - 为降序），而不是“{0}”",
            "sort must be one of name, creditCode, riskLevel, staffCount, updatedAt, optionally with a leading '-' "
                    + "for descending, not '{0}'");

    private SortOrder() {
    }

    /** The JPQL ORDER BY list for a sort parameter; null or blank sorts by name; a 400 for an unknown key. */
    public static String orderBy(String sort, boolean english) {
        String given = sort == null || sort.isBlank() ? DEFAULT : sort.strip();
        boolean descending = given.startsWith("-");
        String path = KEYS.get(descending ? given.substring(1) : given);
        if (path == null) {
            throw Failures.badParameter("bad_sort", "sort", BAD_SORT.format(english, Failures.cut(given)));
        }
        String direction = descending ? " DESC" : " ASC";
        return path + direction + ", e.id" + direction;
    }
}
