package org.safegrid.dept.culture.internal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.report.ReportRequest;
import org.safegrid.api.report.ReportSection;
import org.safegrid.api.report.ReportSectionContributor;
import org.safegrid.api.report.ReportTable;
import org.safegrid.api.report.SectionFigure;
import org.safegrid.api.security.DataScope;
import org.safegrid.dept.culture.internal.CultureDepartment;
import org.safegrid.dept.culture.internal.model.EventData;
import org.safegrid.dept.culture.internal.model.LargeEvent;
import org.safegrid.dept.culture.internal.service.EventSource;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;

/**
 * The centre's report section: the operating places it regulates by kind, and the large events that start in the
 * period with their assessment, emergency plan and capacity, plus the table of those events. Events are the centre's
 * own register, not tied to a village: a reader whose scope does not cover the centre (a village) gets the place
 * counts only.
 */
@Component(property = ReportSectionContributor.DEPARTMENT_PROPERTY + "=" + CultureDepartment.ID)
public class CultureSection implements ReportSectionContributor {

    static final String CODE = "culture-events";
    static final LocalizedText PLACES = LocalizedText.of("家", "places");
    static final LocalizedText EVENTS = LocalizedText.of("场", "events");
    static final LocalizedText PEOPLE = LocalizedText.of("人次", "people");
    static final LocalizedText PERCENT = LocalizedText.of("%", "%");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EnterpriseService enterprises;
    private final EventSource events;

    @Activate
    public CultureSection(@Reference EnterpriseService enterprises, @Reference EventSource events) {
        this.enterprises = enterprises;
        this.events = events;
    }

    @Override
    public ReportSection section(ReportRequest request) {
        EnterpriseQuery query = new EnterpriseQuery(null, null, CultureDepartment.ID, null, null,
                EnterpriseStatus.OPERATING, Set.of(), null, 0, EnterpriseQuery.MAX_SIZE, null);
        List<EnterpriseProfile> places = enterprises.profiles(query, request.scope());
        List<LargeEvent> inPeriod = coversEvents(request.scope())
                ? events.startingBetween(request.period().from(), request.period().to())
                : null;
        return compute(places, inPeriod);
    }

    /** Whether the reader sees the centre's own register: the whole town or the centre itself. */
    static boolean coversEvents(DataScope scope) {
        return scope.all() || scope.departments().contains(CultureDepartment.ID);
    }

    /** The section from the places in scope and the period's events (null when the reader may not see them). */
    static ReportSection compute(List<EnterpriseProfile> places, List<LargeEvent> inPeriod) {
        List<SectionFigure> figures = new ArrayList<>();
        figures.add(count("scenic-spots", "旅游景区", "Scenic spots", sector(places, "scenic-spot"), PLACES));
        figures.add(count("venues", "文化娱乐场所", "Entertainment venues", sector(places, "entertainment-venue"),
                PLACES));
        figures.add(count("school-surroundings", "学校及周边", "Schools and surroundings",
                sector(places, "school-surroundings"), PLACES));
        List<ReportTable> tables = new ArrayList<>();
        if (inPeriod != null) {
            List<EventData> data = inPeriod.stream().map(LargeEvent::data).toList();
            long assessed = data.stream().filter(EventData::safelyAssessed).count();
            long planned = data.stream().filter(EventData::planFiled).count();
            figures.add(count("large-events", "大型活动", "Large events", data.size(), EVENTS));
            figures.add(count("expected-attendance", "预计参与人数", "Expected attendance",
                    data.stream().mapToLong(EventData::attendance).sum(), PEOPLE));
            figures.add(new SectionFigure("assessed-share", LocalizedText.of("专家安全评估通过率", "Expert-assessed share"),
                    percent(assessed, data.size()), PERCENT));
            figures.add(new SectionFigure("plan-filed-share", LocalizedText.of("应急预案备案率", "Emergency plan filed share"),
                    percent(planned, data.size()), PERCENT));
            figures.add(count("over-capacity", "超容量活动", "Over capacity", data.stream().filter(EventData::overCapacity)
                    .count(), EVENTS));
            tables.add(new ReportTable("large-events", LocalizedText.of("本期大型活动", "Large events in the period"),
                    List.of(LocalizedText.of("活动", "Event"), LocalizedText.of("开始时间", "Starts"),
                            LocalizedText.of("场地", "Venue"), LocalizedText.of("预计人数", "Expected"),
                            LocalizedText.of("专家评估", "Assessment"), LocalizedText.of("应急预案", "Plan filed")),
                    data.stream()
                            .map(d -> List.of(d.name(), WHEN.format(d.startAt()), d.venue(),
                                    String.valueOf(d.attendance()),
                                    d.assessed() ? d.result().name() : "NONE", d.planFiled() ? "YES" : "NO"))
                            .toList()));
        }
        return new ReportSection(CODE, LocalizedText.of("文服中心：景区、场所与大型活动",
                "Culture centre: scenic spots, venues and large events"), figures, tables);
    }

    private static long sector(List<EnterpriseProfile> places, String sector) {
        return places.stream().filter(e -> sector.equals(e.sector())).count();
    }

    private static SectionFigure count(String code, String zh, String en, long value, LocalizedText unit) {
        return new SectionFigure(code, LocalizedText.of(zh, en), BigDecimal.valueOf(value), unit);
    }

    /** Part over whole in percent with one decimal; null over nothing. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
