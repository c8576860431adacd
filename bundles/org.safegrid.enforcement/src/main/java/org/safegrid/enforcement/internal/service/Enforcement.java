package org.safegrid.enforcement.internal.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.api.CaseQuery;
import org.safegrid.enforcement.api.CaseStep;
import org.safegrid.enforcement.api.EnforcementCase;
import org.safegrid.enforcement.api.EnforcementService;
import org.safegrid.enforcement.api.Inspection;
import org.safegrid.enforcement.api.InspectionFrequency;
import org.safegrid.enforcement.api.InspectionQuery;
import org.safegrid.enforcement.api.NewCase;
import org.safegrid.enforcement.api.NewInspection;
import org.safegrid.enforcement.api.RepeatOffender;
import org.safegrid.enforcement.api.ZeroCheck;
import org.safegrid.enforcement.internal.dto.CaseInput;
import org.safegrid.enforcement.internal.dto.InspectionInput;
import org.safegrid.enforcement.internal.dto.PenaltyInput;
import org.safegrid.enforcement.internal.dto.RectifiedInput;
import org.safegrid.enforcement.internal.dto.RefusalInput;
import org.safegrid.enforcement.internal.dto.ReinspectionInput;
import org.safegrid.enforcement.internal.validation.CaseValidator;
import org.safegrid.enforcement.internal.validation.InputReader;
import org.safegrid.enforcement.internal.validation.InspectionValidator;
import org.safegrid.enforcement.internal.validation.Languages;
import org.safegrid.enforcement.internal.validation.QueryParams;
import org.safegrid.enterprises.api.Page;

/**
 * {@link EnforcementService} for other bundles: the same checks as the REST API (its inputs go through the same
 * validators), with messages in Chinese.
 */
@Component(service = EnforcementService.class)
public class Enforcement implements EnforcementService {

    private final Inspections inspections;
    private final Cases cases;
    private final CaseSteps steps;
    private final Oversight oversight;
    private final Clock clock;

    @Activate
    public Enforcement(@Reference Inspections inspections, @Reference Cases cases, @Reference CaseSteps steps,
            @Reference Oversight oversight) {
        this(inspections, cases, steps, oversight, Clock.systemDefaultZone());
    }

    public Enforcement(Inspections inspections, Cases cases, CaseSteps steps, Oversight oversight, Clock clock) {
        this.inspections = inspections;
        this.cases = cases;
        this.steps = steps;
        this.oversight = oversight;
        this.clock = clock;
    }

    @Override
    public Inspection recordInspection(NewInspection inspection, DataScope scope, String user) {
        InputReader reader = new InputReader(Languages.DEFAULT);
        NewInspection in = inspection != null ? inspection : new NewInspection(0, null, null, null, null);
        NewInspection read = InspectionValidator.read(new InspectionInput(
                in.enterpriseId(), in.kind() == null ? null : in.kind().name(), text(in.date()), in.inspectors(),
                in.findings()), LocalDate.now(clock), reader);
        return inspections.record(read, reader, scope, user);
    }

    @Override
    public Optional<Inspection> inspection(long id, DataScope scope) {
        return inspections.get(id, scope);
    }

    @Override
    public Page<Inspection> inspections(InspectionQuery query, DataScope scope) {
        return inspections.list(clamp(query), scope);
    }

    @Override
    public EnforcementCase openCase(NewCase order, DataScope scope, String user) {
        InputReader reader = new InputReader(Languages.DEFAULT);
        NewCase in = order != null ? order : new NewCase(0, null, null, null, null);
        NewCase read = CaseValidator.order(new CaseInput(in.enterpriseId(),
                in.inspectionId(), in.violationKind(), in.description(), text(in.deadline())), LocalDate.now(clock),
                reader);
        return cases.open(read, reader, scope, user);
    }

    @Override
    public EnforcementCase reinspect(long caseId, LocalDate date, boolean rectified, String note, DataScope scope,
            String user) {
        return steps.reinspect(caseId, new ReinspectionInput(text(date), rectified, note), scope, user,
                Languages.DEFAULT);
    }

    @Override
    public EnforcementCase decidePenalty(long caseId, BigDecimal amount, String legalBasis, String note,
            DataScope scope, String user) {
        return steps.penalise(caseId, new PenaltyInput(amount, legalBasis, note), scope, user, Languages.DEFAULT);
    }

    @Override
    public EnforcementCase startDailyPenalty(long caseId, BigDecimal amountPerDay, String legalBasis,
            LocalDate startsOn, String note, DataScope scope, String user) {
        return steps.refuse(caseId, new RefusalInput(amountPerDay, legalBasis, text(startsOn), note), scope, user,
                Languages.DEFAULT);
    }

    @Override
    public EnforcementCase rectified(long caseId, LocalDate date, String note, DataScope scope, String user) {
        return steps.rectified(caseId, new RectifiedInput(text(date), note), scope, user, Languages.DEFAULT);
    }

    @Override
    public Optional<EnforcementCase> enforcementCase(long id, DataScope scope) {
        return cases.get(id, scope);
    }

    @Override
    public Page<EnforcementCase> cases(CaseQuery query, DataScope scope) {
        return cases.list(clamp(query), scope);
    }

    @Override
    public List<CaseStep> timeline(long caseId, DataScope scope) {
        return cases.timeline(caseId, scope);
    }

    @Override
    public Optional<InspectionFrequency> frequency(long enterpriseId, DataScope scope) {
        return oversight.frequency(enterpriseId, scope);
    }

    @Override
    public boolean isRepeatOffender(long enterpriseId, LocalDate day) {
        return oversight.isRepeatOffender(enterpriseId, day);
    }

    @Override
    public Page<RepeatOffender> repeatOffenders(boolean activeOnly, DataScope scope, int page, int size) {
        return oversight.repeatOffenders(activeOnly, scope, Math.max(0, page), size(size));
    }

    @Override
    public ZeroCheck zeroCheck(LocalDate from, LocalDate to, DataScope scope) {
        return oversight.zeroCheck(from, to, scope, Languages.DEFAULT);
    }

    private static InspectionQuery clamp(InspectionQuery query) {
        InspectionQuery q = query != null
                ? query
                : new InspectionQuery(null, null, null, null, null, null, 0, QueryParams.DEFAULT_SIZE);
        return new InspectionQuery(q.enterpriseId(), q.department(), q.village(), q.kind(), q.from(), q.to(),
                Math.max(0, q.page()), size(q.size()));
    }

    private static CaseQuery clamp(CaseQuery query) {
        CaseQuery q = query != null
                ? query
                : new CaseQuery(null, null, null, null, null, null, null, null, null, 0, QueryParams.DEFAULT_SIZE);
        return new CaseQuery(q.enterpriseId(), q.department(), q.village(), q.state(), q.violationKind(),
                q.aggravated(), q.open(), q.from(), q.to(), Math.max(0, q.page()), size(q.size()));
    }

    private static int size(int size) {
        return Math.max(1, Math.min(size, CaseQuery.MAX_SIZE));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
