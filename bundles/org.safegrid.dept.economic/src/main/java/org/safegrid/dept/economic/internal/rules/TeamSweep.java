package org.safegrid.dept.economic.internal.rules;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.security.DataScope;
import org.safegrid.api.supervision.AlertPublisher;
import org.safegrid.dept.economic.internal.EconomicDepartment;
import org.safegrid.dept.economic.internal.EconomicSettings;
import org.safegrid.dept.economic.internal.service.Reminders;
import org.safegrid.dept.economic.internal.service.TeamRegistry;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The office's own check that no event triggers: once a day it looks at every operating above-scale enterprise it
 * regulates and raises the missing-team alert through the {@link AlertPublisher} for each without a team, at most once
 * per reminder period (7 days by default: a weekly reminder per enterprise).
 */
@Component(service = TeamSweep.class, immediate = true)
public class TeamSweep {

    static final long FIRST_DELAY_MINUTES = 5;
    static final long PERIOD_MINUTES = TimeUnit.DAYS.toMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(TeamSweep.class);

    private final TeamRegistry teams;
    private final Reminders reminders;
    private final EnterpriseService enterprises;
    private final EconomicSettings settings;
    private final ScheduledExecutorService executor;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AlertPublisher publisher;

    @Activate
    public TeamSweep(@Reference TeamRegistry teams, @Reference Reminders reminders,
            @Reference EnterpriseService enterprises, @Reference EconomicSettings settings) {
        this.teams = teams;
        this.reminders = reminders;
        this.enterprises = enterprises;
        this.settings = settings;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "safegrid-economic-team-sweep"));
        executor.scheduleAtFixedRate(this::run, FIRST_DELAY_MINUTES, PERIOD_MINUTES, TimeUnit.MINUTES);
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    private void run() {
        try {
            int raised = sweep();
            LOG.debug("Chief-engineer team sweep raised {} alert(s)", raised);
        } catch (RuntimeException e) {
            LOG.warn("Chief-engineer team sweep failed: {}", e.getMessage(), e);
        }
    }

    /** Raises the due alerts now; the number raised. */
    int sweep() {
        AlertPublisher alerts = publisher;
        if (alerts == null) {
            LOG.debug("No alert publisher: the team sweep waits for the inbox");
            return 0;
        }
        EnterpriseQuery query = new EnterpriseQuery(null, null, EconomicDepartment.ID, null, null,
                EnterpriseStatus.OPERATING, Set.of(EnterpriseFlag.ABOVE_SCALE), null, 0, EnterpriseQuery.MAX_SIZE,
                null);
        List<EnterpriseProfile> aboveScale = enterprises.profiles(query, DataScope.everything());
        Set<Long> withTeams = teams.enterprisesWithTeams();
        int raised = 0;
        for (EnterpriseProfile enterprise : aboveScale) {
            if (!withTeams.contains(enterprise.id()) && ChiefEngineerTeamRule.regulated(enterprise)
                    && reminders.claim(TeamAlerts.CODE, enterprise.id(), settings.today(), settings.reminderDays())) {
                alerts.publish(EconomicDepartment.ID, enterprise.id(), TeamAlerts.missingTeam(enterprise));
                raised++;
            }
        }
        return raised;
    }
}
