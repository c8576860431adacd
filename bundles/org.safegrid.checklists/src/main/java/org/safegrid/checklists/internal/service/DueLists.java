package org.safegrid.checklists.internal.service;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.security.DataScope;
import org.safegrid.checklists.api.WorkCalendar;
import org.safegrid.checklists.internal.cadence.Obligations;
import org.safegrid.checklists.internal.model.DueEntry;
import org.safegrid.checklists.internal.model.EnterpriseFacts;
import org.safegrid.checklists.internal.model.OverdueRow;
import org.safegrid.checklists.internal.model.Submitted;
import org.safegrid.checklists.internal.model.TemplateHead;
import org.safegrid.checklists.internal.submissions.SubmissionStore;
import org.safegrid.checklists.internal.templates.TemplateStore;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.Page;

/**
 * Due and overdue self-inspections. Never all submissions at once: a due list reads one enterprise's submissions of
 * the last {@value Obligations#LATE_DAYS} days; the overdue list pages the enterprises through the registry and reads
 * the page's submissions of the last {@value #OVERDUE_DAYS} days in one query.
 */
@Component(service = DueLists.class)
public class DueLists {

    /** The overdue list counts the periods that ended in this many days before today. */
    public static final int OVERDUE_DAYS = 7;

    private final Checklists checklists;
    private final TemplateStore templates;
    private final SubmissionStore submissions;
    private final EnterpriseService enterprises;
    private final WorkCalendar calendar;

    @Activate
    public DueLists(@Reference Checklists checklists, @Reference TemplateStore templates,
            @Reference SubmissionStore submissions, @Reference EnterpriseService enterprises,
            @Reference WorkCalendar calendar) {
        this.checklists = checklists;
        this.templates = templates;
        this.submissions = submissions;
        this.enterprises = enterprises;
        this.calendar = calendar;
    }

    /** The enterprise's due list on {@code date} (see {@link DueCalculator#due}). */
    public List<DueEntry> due(Enterprise enterprise, LocalDate date) {
        EnterpriseFacts facts = EnterpriseFacts.of(enterprise, checklists.clock().getZone());
        if (!facts.operating()) {
            return List.of();
        }
        Submitted submitted = new Submitted(submissions.periods(List.of(enterprise.id()),
                date.minusDays(Obligations.LATE_DAYS), date));
        return calculator().due(facts, templates.heads(), submitted, date, checklists.today());
    }

    /**
     * A page of the operating enterprises in scope matching the village and department, each with its self-inspections
     * of the periods that ended in the last {@value #OVERDUE_DAYS} days: three queries (the registry's page, the
     * templates, the page's submissions).
     */
    public Page<OverdueRow> overdue(String village, String department, int page, int size, DataScope scope) {
        EnterpriseQuery query = new EnterpriseQuery(null, village, department, null, null,
                EnterpriseStatus.OPERATING, null, null, page, size, "name");
        Page<Enterprise> found = enterprises.find(query, scope);
        if (found.items().isEmpty()) {
            return new Page<>(List.of(), page, size, found.total());
        }
        LocalDate today = checklists.today();
        List<TemplateHead> heads = templates.heads();
        Submitted submitted = new Submitted(submissions.periods(found.items().stream().map(Enterprise::id).toList(),
                today.minusDays(OVERDUE_DAYS), today.minusDays(1)));
        DueCalculator calculator = calculator();
        List<OverdueRow> rows = found.items().stream().map(e -> {
            var count = calculator.window(EnterpriseFacts.of(e, checklists.clock().getZone()), heads, submitted,
                    today, OVERDUE_DAYS);
            return new OverdueRow(e.id(), e.creditCode(), e.name(), e.village(), e.department(), e.sector(),
                    count.owed(), count.done(), count.overdue());
        }).toList();
        return new Page<>(rows, page, size, found.total());
    }

    private DueCalculator calculator() {
        return new DueCalculator(calendar, checklists.clock().getZone());
    }
}
