package org.safegrid.dept.culture.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.checklist.ChecklistTemplateContributor;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.dept.culture.internal.templates.LargeEventTemplates;
import org.safegrid.dept.culture.internal.templates.ScenicSpotTemplates;
import org.safegrid.dept.culture.internal.templates.VenueTemplates;

/**
 * The culture centre's hazard checklists (measure 4): scenic spots daily and monthly, entertainment venues daily (fire
 * patrol) and monthly, large-event organisers weekly.
 */
@Component(property = ChecklistTemplateContributor.DEPARTMENT_PROPERTY + "=" + CultureDepartment.ID)
public class CultureChecklists implements ChecklistTemplateContributor {

    static final List<TemplateDefinition> TEMPLATES = List.of(ScenicSpotTemplates.DAILY, ScenicSpotTemplates.MONTHLY,
            VenueTemplates.DAILY, VenueTemplates.MONTHLY, LargeEventTemplates.WEEKLY);

    @Override
    public List<TemplateDefinition> templates() {
        return TEMPLATES;
    }

    /** The templates, for the rules that read item definitions. */
    public static List<TemplateDefinition> all() {
        return TEMPLATES;
    }
}
