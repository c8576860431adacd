package org.safegrid.checklists.internal.templates;

import org.safegrid.checklists.api.Template;
import org.safegrid.checklists.internal.model.TemplateHead;

/**
 * The result of storing a template definition.
 *
 * @param template the latest version after the call, when there is one
 * @param current the latest version as found before storing; null when there was none
 */
public record Saved(Outcome outcome, Template template, TemplateHead current) {

    static Saved of(Outcome outcome, Template template, TemplateHead current) {
        return new Saved(outcome, template, current);
    }
}
