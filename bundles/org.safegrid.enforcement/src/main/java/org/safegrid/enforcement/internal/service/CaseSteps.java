package org.safegrid.enforcement.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.api.CaseAction;
import org.safegrid.enforcement.api.CaseState;
import org.safegrid.enforcement.api.DailyPenalty;
import org.safegrid.enforcement.api.EnforcementCase;
import org.safegrid.enforcement.api.EnforcementEvents;
import org.safegrid.enforcement.internal.dto.PenaltyInput;
import org.safegrid.enforcement.internal.dto.RectifiedInput;
import org.safegrid.enforcement.internal.dto.RefusalInput;
import org.safegrid.enforcement.internal.dto.ReinspectionInput;
import org.safegrid.enforcement.internal.model.Accrual;
import org.safegrid.enforcement.internal.model.CaseTransitions;
import org.safegrid.enforcement.internal.model.Steps;
import org.safegrid.enforcement.internal.persistence.CaseEntity;
import org.safegrid.enforcement.internal.persistence.DailyPenaltyPart;
import org.safegrid.enforcement.internal.persistence.EnterpriseColumns;
import org.safegrid.enforcement.internal.persistence.PenaltyPart;
import org.safegrid.enforcement.internal.persistence.RectificationPart;
import org.safegrid.enforcement.internal.persistence.ReinspectionPart;
import org.safegrid.enforcement.internal.persistence.StepEntity;
import org.safegrid.enforcement.internal.validation.CaseValidator;
import org.safegrid.enforcement.internal.validation.Failures;
import org.safegrid.enforcement.internal.validation.InputReader;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseService;

/**
 * The steps after the order: re-inspection, penalty, refusal (the daily continuing penalty) and rectification. Each
 * checks, in this order: the case in scope (404), the right to act (403), the step allowed in the case's state (409
 * {@code bad_transition}), the input (422); then takes the step if nobody changed the case meanwhile (409
 * {@code stale} otherwise), records it on the timeline and posts its event.
 */
@Component(service = CaseSteps.class)
public class CaseSteps {

    private final EnterpriseService enterprises;
    private final CaseStore store;
    private final RepeatStore repeats;
    private final EventPublisher events;
    private final Clock clock;

    private record Target(CaseEntity entity, Enterprise enterprise, LocalDate today) {
    }

    @Activate
    public CaseSteps(@Reference EnterpriseService enterprises, @Reference CaseStore store,
            @Reference RepeatStore repeats, @Reference EventPublisher events) {
        this(enterprises, store, repeats, events, Clock.systemDefaultZone());
    }

    /** @param clock the town's clock (the JVM runs in the town's time zone, {@code SAFEGRID_TIMEZONE}) */
    public CaseSteps(EnterpriseService enterprises, CaseStore store, RepeatStore repeats, EventPublisher events,
            Clock clock) {
        this.enterprises = enterprises;
        this.store = store;
        this.repeats = repeats;
        this.events = events;
        this.clock = clock;
    }

    /** Step 2: the re-inspection of an order. */
    public EnforcementCase reinspect(long id, ReinspectionInput input, DataScope scope, String user,
            String language) {
        Target t = target(id, CaseAction.REINSPECTED, scope, language);
        InputReader reader = new InputReader(language);
        Steps.Reinspect step = CaseValidator.reinspection(input, t.today(), t.entity().getOpenedOn(), reader);
        reader.throwIfInvalid();
        CaseState next = CaseTransitions.next(t.entity().getState(), CaseAction.REINSPECTED, step.rectified())
                .orElseThrow();
        EnforcementCase result = commit(t, language, (e, now) -> {
            e.reinspection(new ReinspectionPart(step.date(), step.rectified(), step.note(), now, user));
            e.state(next, now);
            return new StepEntity(e.getId(), CaseAction.REINSPECTED, next, now, user,
                    "date=" + step.date() + ";rectified=" + step.rectified(), step.note());
        });
        events.caseChanged(EnforcementEvents.REINSPECTED, result, user,
                Map.of(EnforcementEvents.RECTIFIED_PROPERTY, step.rectified()));
        return result;
    }

    /** Step 3: the penalty, aggravated when the case repeats an offence or the enterprise is a repeat offender. */
    public EnforcementCase penalise(long id, PenaltyInput input, DataScope scope, String user, String language) {
        Target t = target(id, CaseAction.PENALTY_DECIDED, scope, language);
        InputReader reader = new InputReader(language);
        Steps.Penalise step = CaseValidator.penalty(input, reader);
        reader.throwIfInvalidPenalty();
        boolean aggravated = t.entity().isAggravated()
                || repeats.activeUntil(t.entity().getEnterprise().enterpriseId(), t.today()).isPresent();
        EnforcementCase result = commit(t, language, (e, now) -> {
            e.penalty(new PenaltyPart(step.amount(), step.legalBasis(), step.note(), aggravated, now, user));
            if (aggravated) {
                e.aggravate();
            }
            e.state(CaseState.PENALISED, now);
            return new StepEntity(e.getId(), CaseAction.PENALTY_DECIDED, CaseState.PENALISED, now, user,
                    "amount=" + step.amount() + ";aggravated=" + aggravated, step.note());
        });
        events.caseChanged(EnforcementEvents.PENALTY_DECIDED, result, user,
                Map.of(EnforcementEvents.AMOUNT, step.amount().toPlainString()));
        return result;
    }

    /** The refusal to rectify after the penalty: the daily continuing penalty starts. */
    public EnforcementCase refuse(long id, RefusalInput input, DataScope scope, String user, String language) {
        Target t = target(id, CaseAction.DAILY_PENALTY_STARTED, scope, language);
        InputReader reader = new InputReader(language);
        LocalDate penalised = LocalDate.ofInstant(t.entity().getPenalty().decidedAt(), clock.getZone());
        Steps.StartDaily step = CaseValidator.refusal(input, t.today(), penalised, reader);
        reader.throwIfInvalidPenalty();
        EnforcementCase result = commit(t, language, (e, now) -> {
            e.dailyPenalty(new DailyPenaltyPart(step.amountPerDay(), step.legalBasis(), step.note(), step.startsOn(),
                    now, user));
            e.state(CaseState.DAILY_PENALTY, now);
            return new StepEntity(e.getId(), CaseAction.DAILY_PENALTY_STARTED, CaseState.DAILY_PENALTY, now, user,
                    "amountPerDay=" + step.amountPerDay() + ";startsOn=" + step.startsOn(), step.note());
        });
        events.caseChanged(EnforcementEvents.DAILY_PENALTY_STARTED, result, user,
                Map.of(EnforcementEvents.AMOUNT, step.amountPerDay().toPlainString()));
        return result;
    }

    /** Rectified after a penalty: the daily penalty stops on that day (which counts) and the case closes. */
    public EnforcementCase rectified(long id, RectifiedInput input, DataScope scope, String user, String language) {
        Target t = target(id, CaseAction.RECTIFIED, scope, language);
        InputReader reader = new InputReader(language);
        Steps.Rectify step = CaseValidator.rectified(input, t.today(), t.entity().getReinspection().date(), reader);
        reader.throwIfInvalid();
        EnforcementCase result = commit(t, language, (e, now) -> {
            String summary = "date=" + step.date();
            DailyPenaltyPart daily = e.getDailyPenalty();
            if (daily != null) {
                DailyPenalty d = daily.toApi();
                Accrual accrual = Accrual.of(d.amountPerDay(), d.startsOn(), step.date(), step.date());
                e.dailyPenalty(daily.stoppedOn(step.date()));
                summary += ";accruedDays=" + accrual.days() + ";accrued=" + accrual.amount();
            }
            e.rectification(new RectificationPart(step.date(), step.note(), now, user));
            e.state(CaseState.RECTIFIED, now);
            return new StepEntity(e.getId(), CaseAction.RECTIFIED, CaseState.RECTIFIED, now, user, summary,
                    step.note());
        });
        events.caseChanged(EnforcementEvents.RECTIFIED, result, user, Map.of());
        return result;
    }

    /** The case to act on: 404 outside the scope, 403 for a reader, 409 when its state does not allow the step. */
    private Target target(long id, CaseAction action, DataScope scope, String language) {
        CaseEntity entity = store.find(id).orElseThrow(() -> Failures.caseNotFound(id, language));
        Enterprise enterprise = enterprises.get(entity.getEnterprise().enterpriseId(), scope)
                .orElseThrow(() -> Failures.caseNotFound(id, language));
        if (!enterprises.mayEdit(enterprise, scope)) {
            throw Failures.mayNotEdit(language);
        }
        if (CaseTransitions.next(entity.getState(), action, false).isEmpty()) {
            throw Failures.badTransition(entity.getState(), CaseTransitions.from(action).stream().toList(), language);
        }
        return new Target(entity, enterprise, LocalDate.now(clock));
    }

    private EnforcementCase commit(Target t, String language, CaseStore.Change change) {
        String acting = t.entity().getEnterprise().actingDepartment();
        CaseEntity saved = store.apply(t.entity().getId(), t.entity().getVersion(), (e, now) -> {
            e.enterprise(EnterpriseColumns.of(t.enterprise(), acting));
            return change.apply(e, now);
        }).orElseThrow(() -> Failures.stale(language));
        return CaseMapper.toCase(saved, t.today());
    }
}
