package org.safegrid.itests.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * The bare SQL under the monthly town report: the same month's submissions, hazards, inspections and cases counted
 * per village and per department with plain GROUP BY queries over JDBC, nothing else (no owed periods, no scores, no
 * trend, no HTTP). The report's time over this one is the price of everything the report adds.
 */
final class ReportAggregates {

    static final int WARM_UP = 2;
    static final int RUNS = 5;

    // a join to the enterprises grouped by village makes Derby loop over the submissions once per enterprise (minutes
    // at this volume): group by enterprise instead, and fold into villages and departments in Java
    private static final String SUBMISSIONS_PER_ENTERPRISE = "SELECT ENTERPRISE_ID, COUNT(*) FROM SG_CHK_SUBMISSION"
            + " WHERE PERIOD_END BETWEEN ? AND ? GROUP BY ENTERPRISE_ID";

    static final List<String> QUERIES = List.of(
            "SELECT VILLAGE, COUNT(*), SUM(CASE WHEN HAZARD_LEVEL = 'MAJOR' THEN 1 ELSE 0 END) FROM SG_HAZ_HAZARD"
                    + " WHERE REPORTED_AT >= ? AND REPORTED_AT < ? GROUP BY VILLAGE",
            "SELECT DEPARTMENT, COUNT(*), SUM(CASE WHEN HAZARD_LEVEL = 'MAJOR' THEN 1 ELSE 0 END) FROM SG_HAZ_HAZARD"
                    + " WHERE REPORTED_AT >= ? AND REPORTED_AT < ? GROUP BY DEPARTMENT",
            "SELECT VILLAGE, COUNT(*) FROM SG_HAZ_HAZARD WHERE STATE <> 'CLOSED' AND DEADLINE < ? GROUP BY VILLAGE",
            "SELECT VILLAGE, ACTING_DEPARTMENT, COUNT(*) FROM SG_ENF_INSPECTION WHERE INSPECTED_ON BETWEEN ? AND ?"
                    + " GROUP BY VILLAGE, ACTING_DEPARTMENT",
            "SELECT VILLAGE, ACTING_DEPARTMENT, COUNT(*) FROM SG_ENF_CASE WHERE OPENED_ON BETWEEN ? AND ?"
                    + " GROUP BY VILLAGE, ACTING_DEPARTMENT");

    private ReportAggregates() {
    }

    /**
     * Median milliseconds of all the queries run one after the other, after warm-up, and the rows they returned; the
     * database is shut down afterwards.
     */
    static long[] time(String url, YearMonth month) throws SQLException {
        long[] millis = new long[RUNS];
        long rows = 0;
        // Db shuts the embedded database down when it closes, so that SafeGrid can open it next
        try (Db db = Db.open(url, null, null)) {
            Connection c = db.connection();
            for (int i = 0; i < WARM_UP; i++) {
                runAll(c, month);
            }
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                rows = runAll(c, month);
                millis[i] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        Arrays.sort(millis);
        return new long[] { millis[RUNS / 2], rows };
    }

    private static long runAll(Connection c, YearMonth month) throws SQLException {
        long rows = foldSubmissions(c, month);
        for (String sql : QUERIES) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (sql.contains("REPORTED_AT")) {
                    ps.setTimestamp(1, Timestamp.valueOf(month.atDay(1).atStartOfDay()));
                    ps.setTimestamp(2, Timestamp.valueOf(month.plusMonths(1).atDay(1).atStartOfDay()));
                } else if (sql.contains("DEADLINE")) {
                    ps.setDate(1, Date.valueOf(month.atEndOfMonth()));
                } else {
                    ps.setDate(1, Date.valueOf(month.atDay(1)));
                    ps.setDate(2, Date.valueOf(month.atEndOfMonth()));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    /** The month's submissions per enterprise, folded into villages and departments (first and second). */
    private static long foldSubmissions(Connection c, YearMonth month) throws SQLException {
        java.util.Map<Long, String[]> units = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT ID, VILLAGE, DEPARTMENT, SECOND_DEPARTMENT FROM SG_ENT_ENTERPRISE");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                units.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3), rs.getString(4) });
            }
        }
        java.util.Map<String, Long> sums = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(SUBMISSIONS_PER_ENTERPRISE)) {
            ps.setDate(1, Date.valueOf(month.atDay(1)));
            ps.setDate(2, Date.valueOf(month.atEndOfMonth()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String[] u = units.get(rs.getLong(1));
                    if (u != null) {
                        for (String unit : u) {
                            if (unit != null) {
                                sums.merge(unit, rs.getLong(2), Long::sum);
                            }
                        }
                    }
                }
            }
        }
        return sums.size();
    }
}
