package org.safegrid.checklists.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.security.DataScope;
import org.safegrid.checklists.api.ChecklistService;
import org.safegrid.checklists.api.Compliance;
import org.safegrid.checklists.api.Period;
import org.safegrid.checklists.api.Template;
import org.safegrid.checklists.api.WorkCalendar;
import org.safegrid.checklists.internal.cadence.Periods;
import org.safegrid.checklists.internal.model.EnterpriseFacts;
import org.safegrid.checklists.internal.model.Submitted;
import org.safegrid.checklists.internal.model.TemplateHead;
import org.safegrid.checklists.internal.submissions.SubmissionStore;
import org.safegrid.checklists.internal.templates.TemplateStore;
import org.safegrid.enterprises.api.EnterpriseService;

/**
 * The checklists as other bundles use them (inspections show an enterprise's compliance). Compliance takes three
 * queries whatever the span: the enterprise, the templates and the enterprise's submissions in the span.
 */
@Component(service = {ChecklistService.class, Checklists.class})
public class Checklists implements ChecklistService {

    private final TemplateStore templates;
    private final SubmissionStore submissions;
    private final EnterpriseService enterprises;
    private final WorkCalendar calendar;
    private final Clock clock;

    @Activate
    public Checklists(@Reference TemplateStore templates, @Reference SubmissionStore submissions,
            @Reference EnterpriseService enterprises, @Reference WorkCalendar calendar) {
        this(templates, submissions, enterprises, calendar, Clock.systemDefaultZone());
    }

    /** @param clock the town's clock (the JVM runs in the town's time zone) */
    public Checklists(TemplateStore templates, SubmissionStore submissions, EnterpriseService enterprises,
            WorkCalendar calendar, Clock clock) {
        this.templates = templates;
        this.submissions = submissions;
        this.enterprises = enterprises;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public List<Template> templatesFor(EnterpriseProfile enterprise) {
        List<TemplateHead> heads = templates.heads().stream()
                .filter(t -> t.active() && t.appliesTo(enterprise.sector(), enterprise.flags()))
                .toList();
        return templates.withItems(heads);
    }

    @Override
    public Optional<Template> template(String code, int version) {
        return templates.version(code, version);
    }

    @Override
    public Period periodOf(Cadence cadence, LocalDate day) {
        return Periods.of(cadence, day);
    }

    /**
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    @Override
    public Compliance compliance(EnterpriseProfile enterprise, LocalDate from, LocalDate to) {
        EnterpriseFacts facts = enterprises.get(enterprise.id(), DataScope.everything())
                .map(e -> EnterpriseFacts.of(e, clock.getZone()))
                .orElseGet(() -> new EnterpriseFacts(enterprise.id(), enterprise.name(), enterprise.sector(),
                        enterprise.flags(), true, null));
        return compliance(facts, from, to);
    }

    /** The compliance of an enterprise already read from the registry. */
    public Compliance compliance(EnterpriseFacts enterprise, LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("need from <= to: " + from + ", " + to);
        }
        Submitted submitted = new Submitted(submissions.periods(List.of(enterprise.id()), from, to));
        return new ComplianceCalculator(calendar, clock.getZone()).compliance(enterprise, templates.heads(),
                submitted, from, to, today());
    }

    /** The town's date now. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }
}
