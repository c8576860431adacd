package org.safegrid.checklists.internal.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.report.CoreFigures;
import org.safegrid.api.report.FigureDefinition;
import org.safegrid.api.report.FigureDefinition.Better;
import org.safegrid.api.report.FigureDefinition.Type;
import org.safegrid.api.report.FigureSet;
import org.safegrid.api.report.FigureValue;
import org.safegrid.api.report.ReportFigureSource;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportUnit;
import org.safegrid.checklists.api.WorkCalendar;
import org.safegrid.checklists.internal.cadence.Obligations;
import org.safegrid.checklists.internal.model.TemplateHead;
import org.safegrid.checklists.internal.persistence.ChecklistsUnit;
import org.safegrid.checklists.internal.templates.TemplateStore;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;

/**
 * The self-inspection compliance rate of the reports: self-inspections submitted over self-inspections owed, for the
 * periods that end in the report's period, over operating enterprises, by the rules of the per-enterprise compliance
 * ({@code ComplianceCalculator}): active templates that apply to the enterprise, daily ones on working days only,
 * nothing for periods that ended before the enterprise or the template came into SafeGrid; a period ended before
 * today is owed, the one running today counts once submitted. Per enterprise and template, never more submitted than
 * owed. An enterprise counts for its first and second department and its village.
 *
 * <p>
 * In bulk: the registry's profiles in one call, the owed periods counted once per (template, arrival day), the
 * submissions with one GROUP BY per span (ended periods, running ones).
 */
@Component(service = ReportFigureSource.class)
public class ComplianceFigures implements ReportFigureSource {

    private static final List<FigureDefinition> FIGURES = List
            .of(new FigureDefinition(CoreFigures.SELF_INSPECTION_COMPLIANCE, LocalizedText.of("企业自查完成率",
                    "Self-inspection compliance"), Type.RATE, Better.HIGHER, 120));

    private final EnterpriseService enterprises;
    private final TemplateStore templates;
    private final WorkCalendar calendar;
    private final SubmissionCounts submissions;
    private final ZoneId zone;

    @Activate
    public ComplianceFigures(@Reference EnterpriseService enterprises, @Reference TemplateStore templates,
            @Reference WorkCalendar calendar, @Reference(target = ChecklistsUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = ChecklistsUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this(enterprises, templates, calendar, jpa, ZoneId.systemDefault());
    }

    /** @param zone the town's time zone */
    ComplianceFigures(EnterpriseService enterprises, TemplateStore templates, WorkCalendar calendar, JpaTemplate jpa,
            ZoneId zone) {
        this.enterprises = enterprises;
        this.templates = templates;
        this.calendar = calendar;
        this.submissions = new SubmissionCounts(jpa);
        this.zone = zone;
    }

    @Override
    public List<FigureDefinition> figures() {
        return FIGURES;
    }

    @Override
    public FigureSet compute(ReportRequest request) {
        LocalDate from = request.period().from();
        LocalDate to = request.period().to();
        LocalDate today = request.today();
        LocalDate lastEnded = min(to, today.minusDays(1));
        LocalDate firstRunning = from.isAfter(today) ? from : today;
        List<EnterpriseProfile> profiles = enterprises.profiles(new EnterpriseQuery(null, null, null, null, null,
                EnterpriseStatus.OPERATING, Set.of(), null, 0, EnterpriseQuery.MAX_SIZE, null), request.scope());
        Map<Long, LocalDate> arrived = profiles.isEmpty()
                ? Map.of()
                : Arrivals.since(enterprises, from, request.scope(), zone);
        List<TemplateHead> active = templates.heads().stream().filter(TemplateHead::active).toList();
        Set<LocalDate> daysOff = daysOff(from, to);
        Map<Long, Map<String, Long>> ended = submissions.count(from, lastEnded, daysOff);
        // the period running today: only today's can have been submitted; periods after today cannot
        Map<Long, Map<String, Long>> running = submissions.count(firstRunning, to, daysOff);

        Map<String, List<TemplateHead>> applicable = new HashMap<>();
        Map<String, Integer> owedCounts = new HashMap<>();
        Map<ReportUnit, long[]> tally = new HashMap<>();
        tally.put(ReportUnit.town(), new long[2]);
        for (EnterpriseProfile p : profiles) {
            LocalDate since = arrived.get(p.id());
            long owed = 0;
            long done = 0;
            List<TemplateHead> heads = applicable.computeIfAbsent(p.sector() + "|" + new TreeSet<>(p.flags()),
                    k -> active.stream().filter(t -> t.appliesTo(p.sector(), p.flags())).toList());
            for (TemplateHead t : heads) {
                int owedHere = owedCounts.computeIfAbsent(t.code() + "|" + since,
                        k -> Obligations.endingBetween(t.cadence(), from, lastEnded, calendar, owedFrom(t, since))
                                .size());
                long submitted = ended.getOrDefault(p.id(), Map.of()).getOrDefault(t.code(), 0L);
                long now = Math.min(1, running.getOrDefault(p.id(), Map.of()).getOrDefault(t.code(), 0L));
                owed += owedHere + now;
                done += Math.min(submitted, owedHere) + now;
            }
            add(tally, ReportUnit.town(), done, owed);
            add(tally, ReportUnit.department(p.department()), done, owed);
            if (p.secondDepartment() != null && !p.secondDepartment().equals(p.department())) {
                add(tally, ReportUnit.department(p.secondDepartment()), done, owed);
            }
            if (p.village() != null) {
                add(tally, ReportUnit.village(p.village()), done, owed);
            }
        }
        Map<ReportUnit, Map<String, FigureValue>> values = new HashMap<>();
        tally.forEach((unit, n) -> values.put(unit,
                Map.of(CoreFigures.SELF_INSPECTION_COMPLIANCE, FigureValue.rate(n[0], n[1]))));
        return new FigureSet(values, List.of());
    }

    /** The later of the enterprise's arrival (null: before the period) and the template's first version. */
    private LocalDate owedFrom(TemplateHead template, LocalDate since) {
        LocalDate templateSince = template.firstCreatedAt() == null
                ? null
                : template.firstCreatedAt().atZone(zone).toLocalDate();
        if (since == null) {
            return templateSince;
        }
        return templateSince == null || templateSince.isBefore(since) ? since : templateSince;
    }

    private Set<LocalDate> daysOff(LocalDate from, LocalDate to) {
        Set<LocalDate> off = new HashSet<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (!calendar.isWorkingDay(d)) {
                off.add(d);
            }
        }
        return off;
    }

    private static void add(Map<ReportUnit, long[]> tally, ReportUnit unit, long done, long owed) {
        long[] n = tally.computeIfAbsent(unit, u -> new long[2]);
        n[0] += done;
        n[1] += owed;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
