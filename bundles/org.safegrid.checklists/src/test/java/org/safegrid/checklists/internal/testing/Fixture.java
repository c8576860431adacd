package org.safegrid.checklists.internal.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Constants;
import org.safegrid.api.checklist.ChecklistTemplateContributor;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.checklists.api.WorkCalendar;
import org.safegrid.checklists.internal.events.ChecklistPublisher;
import org.safegrid.checklists.internal.cadence.ConfiguredCalendar;
import org.safegrid.checklists.internal.cadence.HolidayCalendar;
import org.safegrid.checklists.internal.service.Checklists;
import org.safegrid.checklists.internal.service.DueLists;
import org.safegrid.checklists.internal.submissions.PhotoStore;
import org.safegrid.checklists.internal.submissions.Photos;
import org.safegrid.checklists.internal.submissions.SubmissionRecorder;
import org.safegrid.checklists.internal.submissions.SubmissionStore;
import org.safegrid.checklists.internal.templates.ContributedTemplates;
import org.safegrid.checklists.internal.templates.CustomTemplates;
import org.safegrid.checklists.internal.templates.KnownDepartments;
import org.safegrid.checklists.internal.templates.TemplateStore;
import org.safegrid.testing.DerbyUnit;
import org.safegrid.testing.LocalJpaTemplate;

/**
 * The checklists' components wired by hand on Derby with a fake registry and a fake hazard service, as DS wires them
 * in the platform. "Now" is Friday 27 November 2026, 10:00 in Chongqing; templates are stored as of 5 January 2026.
 */
public final class Fixture {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    public static final Clock CLOCK = Clock.fixed(NOW, ZONE);
    public static final Clock TEMPLATES_CLOCK = Clock.fixed(Instant.parse("2026-01-05T02:00:00Z"), ZONE);

    public final DerbyUnit unit;
    public final LocalJpaTemplate jpa;
    public final FakeEnterprises enterprises = new FakeEnterprises();
    public final FakeHazards hazards = new FakeHazards();
    public final FakeEventAdmin events = new FakeEventAdmin();
    public final WorkCalendar calendar;
    public final TemplateStore templates;
    public final SubmissionStore submissions;
    public final PhotoStore photoStore;
    public ContributedTemplates contributed;
    public final CustomTemplates custom;
    public final Checklists checklists;
    public final DueLists due;
    public final SubmissionRecorder recorder;
    public final Photos photos;
    private long nextService = 1;

    public Fixture(String database) throws Exception {
        unit = new DerbyUnit(database, DerbyUnit.CHECKLISTS);
        jpa = unit.jpa();
        calendar = new ConfiguredCalendar(org.safegrid.checklists.internal.cadence.Calendars.defaults());
        templates = TemplateStore.withClock(jpa, TEMPLATES_CLOCK);
        submissions = SubmissionStore.withClock(jpa, CLOCK);
        photoStore = PhotoStore.withClock(jpa, CLOCK);
        contributed = new ContributedTemplates(templates, Runnable::run);
        custom = new CustomTemplates(templates, enterprises, new KnownDepartments(List.of()));
        checklists = new Checklists(templates, submissions, enterprises, calendar, CLOCK);
        due = new DueLists(checklists, templates, submissions, enterprises, calendar);
        recorder = new SubmissionRecorder(enterprises, templates, submissions, hazards, calendar,
                ChecklistPublisher.of(events), CLOCK);
        photos = new Photos(submissions, photoStore, enterprises);
    }

    /** Registers a contributor of a department, as the service registry would hand it to DS; answers its id. */
    public long contribute(String department, TemplateDefinition... definitions) {
        long service = nextService++;
        ChecklistTemplateContributor contributor = () -> List.of(definitions);
        contributed.addContributor(contributor, properties(service, department));
        return service;
    }

    /** Empties the database and forgets the contributors and the reported hazards. */
    public void clear() throws Exception {
        unit.clear();
        hazards.reported.clear();
        events.events.clear();
        hazards.users.clear();
        hazards.ids.clear();
        contributed = new ContributedTemplates(templates, Runnable::run);
    }

    public static Map<String, Object> properties(long service, String department) {
        return Map.of(Constants.SERVICE_ID, service, ChecklistTemplateContributor.DEPARTMENT_PROPERTY, department);
    }

    /** A calendar without holidays, for tests that want plain weeks. */
    public static WorkCalendar weekdays() {
        return new HolidayCalendar(java.util.Set.of(), java.util.Set.of());
    }

    public void close() {
        unit.close();
    }
}
