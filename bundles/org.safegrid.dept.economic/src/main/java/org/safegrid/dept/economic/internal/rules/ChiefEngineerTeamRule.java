package org.safegrid.dept.economic.internal.rules;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.security.DataScope;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.api.supervision.SupervisionRule;
import org.safegrid.dept.economic.internal.EconomicDepartment;
import org.safegrid.dept.economic.internal.EconomicSettings;
import org.safegrid.dept.economic.internal.service.Reminders;
import org.safegrid.dept.economic.internal.service.TeamRegistry;
import org.safegrid.enterprises.api.EnterpriseEvents;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;

/**
 * Measure 10: an operating above-scale enterprise has a chief-engineer safety team. When one is registered or changed
 * and the office has no team on record for it, the office hears of it, at most once per reminder period (the weekly
 * {@link TeamSweep} repeats the reminder while the team is missing).
 */
@Component(property = SupervisionRule.DEPARTMENT_PROPERTY + "=" + EconomicDepartment.ID)
public class ChiefEngineerTeamRule implements SupervisionRule {

    private final TeamRegistry teams;
    private final Reminders reminders;
    private final EnterpriseService enterprises;
    private final EconomicSettings settings;

    @Activate
    public ChiefEngineerTeamRule(@Reference TeamRegistry teams, @Reference Reminders reminders,
            @Reference EnterpriseService enterprises, @Reference EconomicSettings settings) {
        this.teams = teams;
        this.reminders = reminders;
        this.enterprises = enterprises;
        this.settings = settings;
    }

    @Override
    public Set<String> topics() {
        return Set.of(EnterpriseEvents.CREATED, EnterpriseEvents.UPDATED);
    }

    @Override
    public List<Alert> evaluate(SupervisionEvent event) {
        EnterpriseProfile enterprise = event.enterprise();
        if (enterprise == null || !enterprise.hasFlag(TeamAlerts.ABOVE_SCALE) || !regulated(enterprise)) {
            return List.of();
        }
        boolean operating = enterprises.get(enterprise.id(), DataScope.everything())
                .map(e -> e.status() == EnterpriseStatus.OPERATING)
                .orElse(false);
        if (!operating || teams.hasTeam(enterprise.id())
                || !reminders.claim(TeamAlerts.CODE, enterprise.id(), settings.today(), settings.reminderDays())) {
            return List.of();
        }
        return List.of(TeamAlerts.missingTeam(enterprise));
    }

    static boolean regulated(EnterpriseProfile enterprise) {
        return EconomicDepartment.ID.equals(enterprise.department())
                || EconomicDepartment.ID.equals(enterprise.secondDepartment());
    }
}
