package org.safegrid.checklists.internal.testing;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.Period;
import org.safegrid.checklists.internal.cadence.Periods;
import org.safegrid.testing.DerbyUnit;

/** Submissions written straight into the table, for figures and sweeps over hand-made data. */
public final class Rows {

    private Rows() {
    }

    /** A submission of the period of {@code cadence} holding {@code day}. */
    public static void submission(DerbyUnit unit, long enterprise, String template, Cadence cadence, String day)
            throws Exception {
        Period p = Periods.of(cadence, java.time.LocalDate.parse(day));
        unit.update("INSERT INTO SG_CHK_SUBMISSION (ENTERPRISE_ID, TEMPLATE_CODE, TEMPLATE_VERSION, CADENCE,"
                + " PERIOD_KEY, PERIOD_START, PERIOD_END, FAILED_ITEMS, SUBMITTED_AT, SUBMITTED_BY) VALUES ("
                + enterprise + ", '" + template + "', 1, '" + cadence.name() + "', '" + p.key() + "', DATE('"
                + p.start() + "'), DATE('" + p.end() + "'), 0, CURRENT_TIMESTAMP, 'u')");
    }
}
