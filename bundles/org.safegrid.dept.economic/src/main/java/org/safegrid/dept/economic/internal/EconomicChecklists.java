package org.safegrid.dept.economic.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.checklist.ChecklistTemplateContributor;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.dept.economic.internal.templates.FactoryTemplates;
import org.safegrid.dept.economic.internal.templates.HighRiskWorkTemplates;
import org.safegrid.dept.economic.internal.templates.MarketTemplates;

/**
 * The economic office's hazard checklists (measure 4): factories daily and monthly, confined spaces and combustible
 * dust monthly, markets and commercial complexes daily (fire patrol), gas companies monthly.
 */
@Component(property = ChecklistTemplateContributor.DEPARTMENT_PROPERTY + "=" + EconomicDepartment.ID)
public class EconomicChecklists implements ChecklistTemplateContributor {

    static final List<TemplateDefinition> TEMPLATES = List.of(FactoryTemplates.DAILY, FactoryTemplates.MONTHLY,
            HighRiskWorkTemplates.CONFINED_SPACE, HighRiskWorkTemplates.DUST, MarketTemplates.MARKET_FIRE_DAILY,
            MarketTemplates.GAS_COMPANY_MONTHLY);

    @Override
    public List<TemplateDefinition> templates() {
        return TEMPLATES;
    }
}
