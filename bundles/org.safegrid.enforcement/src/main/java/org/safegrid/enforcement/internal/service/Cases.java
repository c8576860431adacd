package org.safegrid.enforcement.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.api.CaseQuery;
import org.safegrid.enforcement.api.CaseStep;
import org.safegrid.enforcement.api.EnforcementCase;
import org.safegrid.enforcement.api.EnforcementEvents;
import org.safegrid.enforcement.api.Inspection;
import org.safegrid.enforcement.api.NewCase;
import org.safegrid.enforcement.internal.config.RulesProvider;
import org.safegrid.enforcement.internal.dto.CaseInput;
import org.safegrid.enforcement.internal.dto.CaseView;
import org.safegrid.enforcement.internal.model.Acting;
import org.safegrid.enforcement.internal.persistence.CaseEntity;
import org.safegrid.enforcement.internal.persistence.EnterpriseColumns;
import org.safegrid.enforcement.internal.validation.CaseValidator;
import org.safegrid.enforcement.internal.validation.Failures;
import org.safegrid.enforcement.internal.validation.InputReader;
import org.safegrid.enforcement.internal.validation.Message;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.Page;

/**
 * Enforcement cases: opening one (step 1, with the repeat-offence check) and reading them within the caller's scope.
 * The later steps are {@link CaseSteps}.
 */
@Component(service = Cases.class)
public class Cases {

    private final EnterpriseService enterprises;
    private final CaseStore store;
    private final InspectionStore inspections;
    private final RulesProvider rules;
    private final EventPublisher events;
    private final Clock clock;

    @Activate
    public Cases(@Reference EnterpriseService enterprises, @Reference CaseStore store,
            @Reference InspectionStore inspections, @Reference RulesProvider rules,
            @Reference EventPublisher events) {
        this(enterprises, store, inspections, rules, events, Clock.systemDefaultZone());
    }

    /** @param clock the town's clock (the JVM runs in the town's time zone, {@code SAFEGRID_TIMEZONE}) */
    public Cases(EnterpriseService enterprises, CaseStore store, InspectionStore inspections, RulesProvider rules,
            EventPublisher events, Clock clock) {
        this.enterprises = enterprises;
        this.store = store;
        this.inspections = inspections;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** Step 1 from a client: 422 on bad input (a deadline in the past among them), 403 for a reader. */
    public CaseView open(CaseInput input, DataScope scope, String user, String language) {
        InputReader reader = new InputReader(language);
        EnforcementCase opened = open(CaseValidator.order(input, today(), reader), reader, scope, user);
        return CaseView.of(opened, store.timeline(opened.id()), true);
    }

    /** Opens a case read so far by {@code reader}, which holds any failures of its fields. */
    EnforcementCase open(NewCase order, InputReader reader, DataScope scope, String user) {
        Optional<Enterprise> enterprise = Access.forChange(enterprises, order.enterpriseId(), scope, reader);
        if (order.inspectionId() != null && !reader.failed("inspectionId")) {
            Optional<Inspection> inspection = inspections.get(order.inspectionId())
                    .filter(i -> enterprises.get(i.enterpriseId(), scope).isPresent());
            if (inspection.isEmpty()) {
                reader.fail("inspectionId", Message.INSPECTION_UNKNOWN, null);
            } else if (enterprise.isPresent() && inspection.get().enterpriseId() != enterprise.get().id()) {
                reader.fail("inspectionId", Message.INSPECTION_OTHER_ENTERPRISE, null);
            }
        }
        reader.throwIfInvalid();
        Enterprise e = enterprise.orElseThrow();
        LocalDate today = today();
        CaseEntity entity = new CaseEntity(EnterpriseColumns.of(e, Acting.department(e, scope)), order.inspectionId(),
                order.violationKind(), order.description(), order.deadline(), today, clock.instant(), user);
        CaseStore.Opened opened = store.open(entity, rules.rules().repeatWindowDays());
        EnforcementCase result = CaseMapper.toCase(opened.opened(), today);
        events.caseChanged(EnforcementEvents.ORDER_ISSUED, result, user, Map.of());
        if (opened.repeat() != null) {
            events.caseChanged(EnforcementEvents.REPEAT_OFFENDER, result, user,
                    Map.of(EnforcementEvents.EARLIER_CASE_ID, result.repeatOfCaseId(), EnforcementEvents.WINDOW_END,
                            opened.repeat().getWindowEnd().toString()));
        }
        return result;
    }

    /** The case, if its enterprise is in scope. */
    public Optional<EnforcementCase> get(long id, DataScope scope) {
        return store.find(id)
                .filter(c -> enterprises.get(c.getEnterprise().enterpriseId(), scope).isPresent())
                .map(c -> CaseMapper.toCase(c, today()));
    }

    /** The case with its timeline; 404 outside the scope. */
    public CaseView view(long id, DataScope scope, String language) {
        CaseEntity entity = store.find(id).orElseThrow(() -> Failures.caseNotFound(id, language));
        Enterprise enterprise = enterprises.get(entity.getEnterprise().enterpriseId(), scope)
                .orElseThrow(() -> Failures.caseNotFound(id, language));
        return CaseView.of(CaseMapper.toCase(entity, today()), store.timeline(id),
                enterprises.mayEdit(enterprise, scope));
    }

    public Page<EnforcementCase> list(CaseQuery query, DataScope scope) {
        LocalDate today = today();
        return store.list(query, scope, c -> CaseMapper.toCase(c, today));
    }

    /** The timeline, empty when the case is not in scope. */
    public List<CaseStep> timeline(long id, DataScope scope) {
        return get(id, scope).isPresent() ? store.timeline(id) : List.of();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
