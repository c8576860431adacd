package org.safegrid.enforcement.internal.testing;

import java.time.LocalDate;

import org.safegrid.enforcement.internal.config.RulesProvider;
import org.safegrid.enforcement.internal.model.EnforcementRules;
import org.safegrid.enforcement.internal.service.ActivityStore;
import org.safegrid.enforcement.internal.service.CaseSteps;
import org.safegrid.enforcement.internal.service.CaseStore;
import org.safegrid.enforcement.internal.service.Cases;
import org.safegrid.enforcement.internal.service.ComplianceSource;
import org.safegrid.enforcement.internal.service.Enforcement;
import org.safegrid.enforcement.internal.service.EventPublisher;
import org.safegrid.enforcement.internal.service.HazardReporter;
import org.safegrid.enforcement.internal.service.InspectionStore;
import org.safegrid.enforcement.internal.service.Inspections;
import org.safegrid.enforcement.internal.service.Oversight;
import org.safegrid.enforcement.internal.service.RepeatStore;
import org.safegrid.testing.DerbyUnit;
import org.safegrid.testing.LocalJpaTemplate;

/**
 * The enforcement components wired by hand on Derby, as DS wires them in the platform, with hand-written fakes of the
 * registry, the checklists, the hazards and the event admin, and a clock tests move. Today is 2026-11-28 unless a
 * test moves it.
 */
public final class Fixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    public final DerbyUnit unit;
    public final TownClock clock = new TownClock(TODAY);
    public final FakeEnterprises enterprises = new FakeEnterprises();
    public final FakeChecklists checklists = new FakeChecklists();
    public final FakeHazards hazards = new FakeHazards();
    public final FakeEventAdmin events = new FakeEventAdmin();
    public final RulesProvider rules = RulesProvider.fixed(EnforcementRules.DEFAULTS);
    public final InspectionStore inspectionStore;
    public final CaseStore caseStore;
    public final RepeatStore repeatStore;
    public final ActivityStore activityStore;
    public final ComplianceSource compliance;
    public final HazardReporter hazardReporter;
    public final Inspections inspections;
    public final Cases cases;
    public final CaseSteps steps;
    public final Oversight oversight;
    public final Enforcement service;

    public Fixture(String database) throws Exception {
        unit = new DerbyUnit(database, DerbyUnit.ENFORCEMENT);
        LocalJpaTemplate jpa = unit.jpa();
        inspectionStore = InspectionStore.withClock(jpa, clock);
        caseStore = CaseStore.withClock(jpa, clock);
        repeatStore = new RepeatStore(jpa);
        activityStore = new ActivityStore(jpa);
        compliance = new ComplianceSource(checklists);
        hazardReporter = new HazardReporter(hazards);
        EventPublisher publisher = new EventPublisher(events);
        inspections = new Inspections(enterprises, inspectionStore, caseStore, compliance, hazardReporter, publisher,
                clock);
        cases = new Cases(enterprises, caseStore, inspectionStore, rules, publisher, clock);
        steps = new CaseSteps(enterprises, caseStore, repeatStore, publisher, clock);
        oversight = new Oversight(enterprises, repeatStore, activityStore, rules, clock);
        service = new Enforcement(inspections, cases, steps, oversight, clock);
    }

    /** Empties the tables and the recorded events, and puts the clock back to {@link #TODAY}. */
    public void reset() throws Exception {
        unit.clear();
        events.events.clear();
        checklists.asked.clear();
        checklists.failure = null;
        hazards.reported.clear();
        clock.set(TODAY);
    }

    public void close() {
        unit.close();
    }
}
