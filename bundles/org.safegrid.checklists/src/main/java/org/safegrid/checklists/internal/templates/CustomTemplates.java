package org.safegrid.checklists.internal.templates;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.checklists.api.Template;
import org.safegrid.checklists.internal.dto.TemplateInput;
import org.safegrid.checklists.internal.model.Author;
import org.safegrid.checklists.internal.model.TemplateDraft;
import org.safegrid.checklists.internal.model.TemplateHead;
import org.safegrid.checklists.internal.validation.Failures;
import org.safegrid.checklists.internal.validation.Message;
import org.safegrid.checklists.internal.validation.TemplateValidator;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.Sector;

/**
 * Templates written in SafeGrid (source {@code custom}) by administrators, or by department users for their own
 * department. Editing stores the next version when the definition changed; a plug-in's template cannot be edited
 * here (409 {@code contributed_template}).
 */
@Component(service = CustomTemplates.class)
public class CustomTemplates {

    private final TemplateStore store;
    private final EnterpriseService enterprises;
    private final KnownDepartments departments;

    @Activate
    public CustomTemplates(@Reference TemplateStore store, @Reference EnterpriseService enterprises,
            @Reference KnownDepartments departments) {
        this.store = store;
        this.enterprises = enterprises;
        this.departments = departments;
    }

    /**
     * 403 for a user who writes no templates or names a known department not theirs, 422 on bad input, 409
     * {@code duplicate_template}.
     */
    public Template create(TemplateInput input, Author author, String language) {
        if (!author.writes()) {
            throw Failures.forbidden(Message.MAY_NOT_WRITE_TEMPLATES, language);
        }
        String named = input == null || input.department() == null ? null : input.department().strip();
        if (named != null && departments.contains(named) && !author.writesFor(named)) {
            throw Failures.forbidden(Message.MAY_NOT_WRITE_FOR_DEPARTMENT, language);
        }
        TemplateDraft draft = TemplateValidator.create(input, context(author), language);
        Saved saved = store.create(draft, author.user());
        if (saved.outcome() != Outcome.STORED) {
            throw Failures.duplicateTemplate(draft.code(), language);
        }
        return saved.template();
    }

    /**
     * The next version of a custom template, or the latest unchanged when the definition is the same: 404, 409
     * {@code contributed_template}, 403 for another department's template, 422, 409 {@code stale}.
     */
    public Template update(String code, TemplateInput input, Author author, String language) {
        TemplateHead current = editable(code, author, language);
        TemplateDraft draft = TemplateValidator.update(code, current.department(), input, context(author),
                language);
        Integer expected = input == null ? null : input.version();
        Saved saved = store.update(draft, author.user(), expected, latest -> {
            if (!author.writesFor(latest.department())) {
                throw Failures.forbidden(Message.MAY_NOT_EDIT_TEMPLATE, language);
            }
        });
        return switch (saved.outcome()) {
            case STORED, UNCHANGED -> saved.template();
            case NOT_FOUND -> throw Failures.templateNotFound(code, language);
            case CONTRIBUTED -> throw Failures.contributed(code, language);
            default -> throw Failures.stale(code, expected, saved.current() == null ? 0 : saved.current().version(),
                    language);
        };
    }

    /** Turns a custom template on or off for new periods: 422 without {@code active}, 404, 409, 403. */
    public TemplateHead setActive(String code, Boolean active, Author author, String language) {
        if (active == null) {
            throw SafeGridException.invalid(Message.INVALID.in(language, null),
                    Map.of("active", Message.REQUIRED.in(language, null)));
        }
        editable(code, author, language);
        return store.setActive(code, active).orElseThrow(() -> Failures.templateNotFound(code, language));
    }

    private TemplateHead editable(String code, Author author, String language) {
        TemplateHead current = store.head(code).orElseThrow(() -> Failures.templateNotFound(code, language));
        if (!current.custom()) {
            throw Failures.contributed(code, language);
        }
        if (!author.writesFor(current.department())) {
            throw Failures.forbidden(Message.MAY_NOT_EDIT_TEMPLATE, language);
        }
        return current;
    }

    private TemplateValidator.Context context(Author author) {
        Set<String> sectors = enterprises.sectors().stream().map(Sector::code).collect(Collectors.toSet());
        return new TemplateValidator.Context(author, sectors, departments::contains);
    }
}
