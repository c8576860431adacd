package org.safegrid.checklists.internal.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.AnswerResult;
import org.safegrid.checklists.api.Period;
import org.safegrid.checklists.api.Template;
import org.safegrid.checklists.api.TemplateItem;
import org.safegrid.checklists.api.WorkCalendar;
import org.safegrid.checklists.internal.cadence.Obligations;
import org.safegrid.checklists.internal.cadence.Periods;
import org.safegrid.checklists.internal.dto.AnswerInput;
import org.safegrid.checklists.internal.dto.SubmissionInput;
import org.safegrid.checklists.internal.model.EnterpriseFacts;
import org.safegrid.checklists.internal.model.ValidAnswer;
import org.safegrid.checklists.internal.model.ValidSubmission;
import org.safegrid.checklists.internal.templates.DraftLimits;
import org.safegrid.hazards.api.HazardLevel;

/**
 * Checks a submission against its template version, the enterprise and today's date:
 * <ul>
 * <li>the template version exists, the template is active and applies to the enterprise;</li>
 * <li>the period key is well formed for the template's cadence and names the current period or an overdue one that
 * ended at most {@value Obligations#LATE_DAYS} days ago (a daily one: a working day); otherwise 422
 * {@code period_not_due};</li>
 * <li>every item of the version is answered exactly once, and nothing else is; a failed item has a note; a hazard
 * level or deadline only comes with a failed item, and a deadline is not in the past.</li>
 * </ul>
 * Every failing field is reported at once, keyed like {@code answers[3].note}.
 */
public final class SubmissionValidator {

    public static final int NOTE_MAX = 500;

    private static final Map<Cadence, String> EXAMPLES = Map.of(Cadence.DAILY, "2026-11-28", Cadence.WEEKLY,
            "2026-W48", Cadence.MONTHLY, "2026-11");

    private SubmissionValidator() {
    }

    /**
     * @param templates finds a template version by code and version
     * @param today the town's current date
     * @throws org.safegrid.api.error.SafeGridException 422 {@code validation_failed} or {@code period_not_due}
     */
    public static ValidSubmission validate(SubmissionInput input, EnterpriseFacts enterprise,
            BiFunction<String, Integer, Optional<Template>> templates, LocalDate today, WorkCalendar calendar,
            String language) {
        SubmissionInput in = input != null ? input : new SubmissionInput(null, null, null, null, null);
        InputReader reader = new InputReader(language);
        Template template = template(reader, in, enterprise, templates);
        boolean notDue = false;
        Period period = null;
        String key = reader.line("periodKey", in.periodKey(), 10, true);
        Cadence cadence = template == null ? null : template.cadence();
        if (key != null && cadence != null) {
            period = Periods.parse(cadence, key).orElse(null);
            if (period == null) {
                reader.fail("periodKey", Message.BAD_PERIOD_KEY, EXAMPLES.get(cadence));
            } else {
                Message problem = problem(Obligations.dueness(period, today, calendar));
                if (problem != null) {
                    reader.fail("periodKey", problem, Obligations.LATE_DAYS);
                    notDue = true;
                }
            }
        }
        List<ValidAnswer> answers = answers(reader, in.answers(), template, today);
        if (notDue) {
            throw Failures.periodNotDue(reader.errors(), language);
        }
        reader.throwIfInvalid();
        return new ValidSubmission(enterprise.id(), template, period, answers);
    }

    private static Template template(InputReader reader, SubmissionInput in, EnterpriseFacts enterprise,
            BiFunction<String, Integer, Optional<Template>> templates) {
        String code = reader.code("templateCode", in.templateCode(), true);
        Integer version = in.templateVersion();
        if (version == null) {
            reader.fail("templateVersion", Message.REQUIRED, null);
        } else if (version < 1) {
            reader.fail("templateVersion", Message.BAD_ID, null);
        }
        if (code == null || reader.failed("templateVersion")) {
            return null;
        }
        Template template = templates.apply(code, version).orElse(null);
        if (template == null) {
            return reader.fail("templateVersion", Message.VERSION_NOT_FOUND, code);
        }
        if (!template.active()) {
            reader.fail("templateCode", Message.TEMPLATE_INACTIVE, null);
        } else if (!applies(template, enterprise)) {
            reader.fail("templateCode", Message.TEMPLATE_NOT_APPLICABLE, null);
        }
        return template;
    }

    private static List<ValidAnswer> answers(InputReader reader, List<AnswerInput> values, Template template,
            LocalDate today) {
        if (values == null || values.isEmpty()) {
            reader.fail("answers", Message.REQUIRED, null);
            return List.of();
        }
        if (values.size() > DraftLimits.ITEMS_MAX) {
            reader.fail("answers", Message.TOO_MANY, DraftLimits.ITEMS_MAX);
            return List.of();
        }
        Map<String, TemplateItem> items = new LinkedHashMap<>();
        if (template != null) {
            template.items().forEach(item -> items.put(item.code(), item));
        }
        Map<String, ValidAnswer> valid = new LinkedHashMap<>();
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            ValidAnswer answer = answer(reader, "answers[" + i + "].", values.get(i), template, items, answered,
                    today);
            if (answer != null) {
                valid.put(answer.itemCode(), answer);
            }
        }
        List<String> missing = new ArrayList<>();
        items.keySet().stream().filter(code -> !answered.contains(code)).forEach(missing::add);
        if (!missing.isEmpty()) {
            reader.fail("answers", Message.MISSING_ANSWERS, String.join(", ", missing));
        }
        // in the template's order
        return items.keySet().stream().map(valid::get).filter(a -> a != null).toList();
    }

    private static ValidAnswer answer(InputReader reader, String at, AnswerInput value, Template template,
            Map<String, TemplateItem> items, Set<String> answered, LocalDate today) {
        AnswerInput in = value != null ? value : new AnswerInput(null, null, null, null, null);
        String code = reader.code(at + "itemCode", in.itemCode(), true);
        if (code != null && template != null && !items.containsKey(code)) {
            reader.fail(at + "itemCode", Message.NOT_IN_TEMPLATE, null);
        } else if (code != null && !answered.add(code)) {
            reader.fail(at + "itemCode", Message.ANSWERED_TWICE, code);
        }
        AnswerResult result = reader.choice(at + "result", in.result(), AnswerResult.class, true);
        String note = reader.multiline(at + "note", in.note(), NOTE_MAX, false);
        if (result == AnswerResult.FAIL && note == null && !reader.failed(at + "note")) {
            reader.fail(at + "note", Message.NOTE_FOR_FAIL, null);
        }
        HazardLevel level = reader.choice(at + "hazardLevel", in.hazardLevel(), HazardLevel.class, false);
        LocalDate deadline = reader.date(at + "hazardDeadline", in.hazardDeadline(), false);
        if (result != null && result != AnswerResult.FAIL) {
            if (level != null) {
                reader.fail(at + "hazardLevel", Message.ONLY_FOR_FAIL, null);
            }
            if (deadline != null) {
                reader.fail(at + "hazardDeadline", Message.ONLY_FOR_FAIL, null);
            }
        } else if (deadline != null && deadline.isBefore(today)) {
            reader.fail(at + "hazardDeadline", Message.DEADLINE_PAST, null);
        }
        boolean failed = reader.failed(at + "itemCode") || reader.failed(at + "result") || reader.failed(at + "note")
                || reader.failed(at + "hazardLevel") || reader.failed(at + "hazardDeadline");
        return failed || template == null ? null : new ValidAnswer(code, result, note, level, deadline);
    }

    private static boolean applies(Template template, EnterpriseFacts enterprise) {
        boolean sector = template.sectors().isEmpty() || template.sectors().contains(enterprise.sector());
        boolean flag = template.flags().isEmpty() || template.flags().stream().anyMatch(enterprise.flags()::contains);
        return sector && flag;
    }

    private static Message problem(Obligations.Dueness dueness) {
        return switch (dueness) {
            case CURRENT, LATE -> null;
            case FUTURE -> Message.PERIOD_FUTURE;
            case TOO_OLD -> Message.PERIOD_TOO_OLD;
            case NOT_WORKING_DAY -> Message.PERIOD_NOT_WORKING_DAY;
        };
    }
}
