package org.safegrid.checklists.internal.rest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.safegrid.checklists.api.Answer;
import org.safegrid.checklists.api.AnswerResult;
import org.safegrid.checklists.api.Compliance;
import org.safegrid.checklists.api.Submission;
import org.safegrid.checklists.api.Template;
import org.safegrid.checklists.api.TemplateItem;
import org.safegrid.checklists.internal.dto.AnswerView;
import org.safegrid.checklists.internal.dto.ComplianceView;
import org.safegrid.checklists.internal.dto.DueItemView;
import org.safegrid.checklists.internal.dto.SubmissionSummary;
import org.safegrid.checklists.internal.dto.SubmissionView;
import org.safegrid.checklists.internal.dto.TemplateSummary;
import org.safegrid.checklists.internal.dto.TemplateView;
import org.safegrid.checklists.internal.model.Author;
import org.safegrid.checklists.internal.model.DueEntry;
import org.safegrid.checklists.internal.model.PhotoHead;
import org.safegrid.checklists.internal.model.Sources;
import org.safegrid.checklists.internal.model.SubmissionHead;
import org.safegrid.checklists.internal.model.TemplateHead;

/** Turns templates, due lists, submissions and compliance into what the REST API answers. */
final class Views {

    private Views() {
    }

    static TemplateView template(Template t, Author author) {
        return new TemplateView(t.code(), t.version(), t.name(), t.nameEn(), t.cadence(), sorted(t.sectors()),
                sorted(t.flags()), t.department(), t.source(), t.active(), t.createdAt(), t.createdBy(),
                editable(t.source(), t.department(), author), t.items());
    }

    static TemplateSummary summary(TemplateHead t, int itemCount, Author author) {
        return new TemplateSummary(t.code(), t.version(), t.name(), t.nameEn(), t.cadence(), sorted(t.sectors()),
                sorted(t.flags()), t.department(), t.source(), t.active(), t.createdAt(), t.createdBy(),
                editable(t.source(), t.department(), author), itemCount);
    }

    static DueItemView due(DueEntry e) {
        TemplateHead t = e.template();
        return new DueItemView(t.code(), t.version(), t.name(), t.nameEn(), t.cadence(), e.period(), e.state(),
                e.submissionId() == 0 ? null : e.submissionId());
    }

    /** @param versions the template versions by {@code code:version}, for their names */
    static SubmissionSummary summary(SubmissionHead s, Map<String, TemplateHead> versions) {
        TemplateHead t = versions.get(s.templateCode() + ":" + s.templateVersion());
        return new SubmissionSummary(s.id(), s.enterpriseId(), s.templateCode(), s.templateVersion(),
                t == null ? null : t.name(), t == null ? null : t.nameEn(), s.period(), s.failedItems(),
                s.submittedAt(), s.submittedBy());
    }

    static SubmissionView submission(Submission s, String enterpriseName, Template template, List<PhotoHead> photos) {
        Map<String, TemplateItem> items = new HashMap<>();
        if (template != null) {
            template.items().forEach(i -> items.put(i.code(), i));
        }
        List<AnswerView> answers = s.answers().stream().map(a -> answer(a, items.get(a.itemCode()))).toList();
        int failed = (int) s.answers().stream()
                .filter(a -> a.result() == AnswerResult.FAIL).count();
        return new SubmissionView(s.id(), s.enterpriseId(), enterpriseName, s.templateCode(), s.templateVersion(),
                template == null ? null : template.name(), template == null ? null : template.nameEn(), s.period(),
                failed, s.submittedAt(), s.submittedBy(), answers, photos);
    }

    static ComplianceView compliance(Compliance c, String enterpriseName) {
        Compliance.Count total = new Compliance.Count(
                c.daily().owed() + c.weekly().owed() + c.monthly().owed(),
                c.daily().done() + c.weekly().done() + c.monthly().done());
        return new ComplianceView(c.enterpriseId(), enterpriseName, c.from(), c.to(), count(c.daily()),
                count(c.weekly()), count(c.monthly()), count(total));
    }

    private static ComplianceView.Count count(Compliance.Count c) {
        return new ComplianceView.Count(c.owed(), c.done(), Math.round(c.rate() * 10000) / 10000.0);
    }

    private static AnswerView answer(Answer a, TemplateItem item) {
        return new AnswerView(a.itemCode(), item == null ? null : item.text(), item == null ? null : item.textEn(),
                item == null ? null : item.category(), item == null ? null : item.legalBasis(),
                item == null ? null : item.severityHint(), a.result(), a.note(),
                a.hazardId() == 0 ? null : a.hazardId());
    }

    private static boolean editable(String source, String department, Author author) {
        return Sources.CUSTOM.equals(source) && author.writesFor(department);
    }

    private static List<String> sorted(Set<String> codes) {
        return List.copyOf(new TreeSet<>(codes));
    }
}
