package org.safegrid.checklists.internal.submissions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.security.DataScope;
import org.safegrid.checklists.api.AnswerResult;
import org.safegrid.checklists.api.Submission;
import org.safegrid.checklists.api.TemplateItem;
import org.safegrid.checklists.api.WorkCalendar;
import org.safegrid.checklists.internal.dto.SubmissionInput;
import org.safegrid.checklists.internal.events.ChecklistPublisher;
import org.safegrid.checklists.internal.model.EnterpriseFacts;
import org.safegrid.checklists.internal.model.ValidAnswer;
import org.safegrid.checklists.internal.model.ValidSubmission;
import org.safegrid.checklists.internal.templates.TemplateStore;
import org.safegrid.checklists.internal.validation.Failures;
import org.safegrid.checklists.internal.validation.Message;
import org.safegrid.checklists.internal.validation.SubmissionValidator;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.hazards.api.Hazard;
import org.safegrid.hazards.api.HazardService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a self-inspection and reports each failed item as a hazard, keeping the two consistent:
 * <ol>
 * <li>everything is checked first (scope, right to edit the enterprise, template, period, answers), so a refused
 * submission changes nothing;</li>
 * <li>the submission and its answers are stored in one transaction (a second one for the period loses on the unique
 * key: 409 {@code already_submitted});</li>
 * <li>each failed item is reported through {@link HazardService#report}, and the hazards' ids are stored on the
 * answers;</li>
 * <li>if a report fails, the submission is deleted again (the compensating step) and the error is answered. Hazards
 * already reported for earlier items of it stay (the hazards API has no withdrawal); they name the deleted submission
 * in their {@code sourceRef} and are logged, for an administrator to close.</li>
 * </ol>
 */
@Component(service = SubmissionRecorder.class)
public class SubmissionRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionRecorder.class);

    private final EnterpriseService enterprises;
    private final TemplateStore templates;
    private final SubmissionStore store;
    private final HazardService hazards;
    private final WorkCalendar calendar;
    private final ChecklistPublisher publisher;
    private final Clock clock;

    @Activate
    public SubmissionRecorder(@Reference EnterpriseService enterprises, @Reference TemplateStore templates,
            @Reference SubmissionStore store, @Reference HazardService hazards, @Reference WorkCalendar calendar,
            @Reference ChecklistPublisher publisher) {
        this(enterprises, templates, store, hazards, calendar, publisher, Clock.systemDefaultZone());
    }

    /** @param clock the town's clock (the JVM runs in the town's time zone) */
    public SubmissionRecorder(EnterpriseService enterprises, TemplateStore templates, SubmissionStore store,
            HazardService hazards, WorkCalendar calendar, ChecklistPublisher publisher, Clock clock) {
        this.enterprises = enterprises;
        this.templates = templates;
        this.store = store;
        this.hazards = hazards;
        this.calendar = calendar;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * 422 without a valid enterprise id, 404 outside the scope, 403 without the right to edit the enterprise, 422
     * {@code validation_failed} or {@code period_not_due}, 409 {@code already_submitted}; a failed hazard report
     * answers its own error after the submission is removed again.
     */
    public Submission submit(SubmissionInput input, DataScope scope, String user, String language) {
        Long enterpriseId = input == null ? null : input.enterpriseId();
        if (enterpriseId == null || enterpriseId <= 0) {
            throw SafeGridException.invalid(Message.INVALID.in(language, null), Map.of("enterpriseId",
                    (enterpriseId == null ? Message.REQUIRED : Message.BAD_ID).in(language, null)));
        }
        Enterprise enterprise = enterprises.get(enterpriseId, scope)
                .orElseThrow(() -> Failures.enterpriseNotFound(enterpriseId, language));
        if (!enterprises.mayEdit(enterprise, scope)) {
            throw Failures.forbidden(Message.MAY_NOT_SUBMIT, language);
        }
        LocalDate today = LocalDate.now(clock);
        ValidSubmission valid = SubmissionValidator.validate(input, EnterpriseFacts.of(enterprise, clock.getZone()),
                templates::version, today, calendar, language);
        String key = valid.period().key();
        long existing = store.existing(enterpriseId, valid.template().code(), key);
        if (existing != 0) {
            throw Failures.alreadySubmitted(key, existing, language);
        }
        Submission stored = store.create(valid.toNew(user))
                .orElseThrow(() -> Failures.alreadySubmitted(key, 0, language));
        Map<String, Long> hazardIds = report(stored.id(), valid, scope, user, today, language);
        store.recordHazards(stored.id(), hazardIds);
        Submission saved = store.get(stored.id()).orElse(stored);
        publisher.submitted(saved, enterprise.department(), user); // committed, with its hazards
        return saved;
    }

    private Map<String, Long> report(long submissionId, ValidSubmission valid, DataScope scope, String user,
            LocalDate today, String language) {
        Map<String, TemplateItem> items = new HashMap<>();
        valid.template().items().forEach(item -> items.put(item.code(), item));
        Map<String, Long> reported = new LinkedHashMap<>();
        List<ValidAnswer> failed = valid.answers().stream().filter(a -> a.result() == AnswerResult.FAIL).toList();
        for (ValidAnswer answer : failed) {
            try {
                Hazard hazard = hazards.report(HazardReports.of(submissionId, valid.enterpriseId(),
                        items.get(answer.itemCode()), answer, today), scope, user);
                reported.put(answer.itemCode(), hazard.id());
            } catch (RuntimeException e) {
                compensate(submissionId, answer.itemCode(), reported, e);
                throw failure(answer.itemCode(), e, language);
            }
        }
        return reported;
    }

    private void compensate(long submissionId, String itemCode, Map<String, Long> reported, RuntimeException cause) {
        LOG.warn("Hazard of item {} of submission {} could not be reported; removing the submission", itemCode,
                submissionId, cause);
        try {
            store.delete(submissionId);
        } catch (RuntimeException e) {
            LOG.error("Submission {} could not be removed after a failed hazard report", submissionId, e);
        }
        if (!reported.isEmpty()) {
            LOG.error("Hazards {} were reported for submission {}, which was removed again: close them by hand",
                    reported.values(), submissionId);
        }
    }

    private static SafeGridException failure(String itemCode, RuntimeException e, String language) {
        String prefix = Message.HAZARD_FAILED.in(language, itemCode);
        if (e instanceof SafeGridException s) {
            Map<String, Object> details = new LinkedHashMap<>(s.details());
            details.put("itemCode", itemCode);
            return new SafeGridException(s.kind(), s.code(), prefix + s.getMessage(), details);
        }
        return new SafeGridException(SafeGridException.Kind.UNAVAILABLE, "hazard_report_failed",
                Message.HAZARDS_UNAVAILABLE.in(language, null), Map.of("itemCode", itemCode));
    }
}
