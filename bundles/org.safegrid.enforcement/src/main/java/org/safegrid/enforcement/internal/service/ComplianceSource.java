package org.safegrid.enforcement.internal.service;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.checklists.api.ChecklistService;
import org.safegrid.checklists.api.Compliance;
import org.safegrid.enforcement.api.ComplianceSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enterprise's self-inspection record an inspection shows (measure 4: "every inspection also checks that its
 * daily/weekly/monthly self-inspections happened"): what {@link ChecklistService#compliance} says about the
 * {@value #DAYS} days up to and including the inspection day. A period still running that day counts only once it
 * is submitted (the checklists module's rule), so nobody is behind for today, yet what was already done today shows.
 * Inspections are recorded without it, and say so, when the checklists module is not running.
 */
@Component(service = ComplianceSource.class)
public class ComplianceSource {

    /** The span of the snapshot. */
    public static final int DAYS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(ComplianceSource.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ChecklistService checklists;

    public ComplianceSource() {
        // for DS
    }

    /** With these checklists (null: none); for tests. */
    public ComplianceSource(ChecklistService checklists) {
        this.checklists = checklists;
    }

    /** The first day of the snapshot of an inspection on {@code date}. */
    public static LocalDate from(LocalDate date) {
        return date.minusDays(DAYS - 1);
    }

    /** The last day of the snapshot of an inspection on {@code date}: that day. */
    public static LocalDate to(LocalDate date) {
        return date;
    }

    /** The snapshot, or null when the checklists are not available or failed. */
    public ComplianceSnapshot snapshot(EnterpriseProfile enterprise, LocalDate inspectionDate) {
        ChecklistService service = checklists;
        if (service == null) {
            LOG.warn("Checklists are not available: inspection of enterprise {} recorded without its compliance",
                    enterprise.id());
            return null;
        }
        LocalDate from = from(inspectionDate);
        LocalDate to = to(inspectionDate);
        try {
            Compliance c = service.compliance(enterprise, from, to);
            return ComplianceSnapshot.of(from, to, tally(c.daily()), tally(c.weekly()), tally(c.monthly()));
        } catch (RuntimeException e) {
            LOG.warn("Checklists failed to tell the compliance of enterprise {}; inspection recorded without it",
                    enterprise.id(), e);
            return null;
        }
    }

    private static ComplianceSnapshot.Tally tally(Compliance.Count count) {
        return count == null
                ? ComplianceSnapshot.Tally.of(0, 0)
                : ComplianceSnapshot.Tally.of(Math.max(0, count.owed()), Math.max(0, count.done()));
    }
}
