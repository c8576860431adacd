package org.safegrid.inbox.internal.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.security.DataScope;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.AlertPublisher;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.inbox.internal.supervision.RaisedAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerts a department raises from its own schedule or its own data, outside an event. They are stored like a rule's:
 * the origin topic is {@code org/safegrid/dept/<department>/alert}, and the enterprise's village is recorded when the
 * alert names an enterprise the registry knows.
 */
@Component(service = AlertPublisher.class)
public class PublishedAlerts implements AlertPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedAlerts.class);
    private static final Pattern DEPARTMENT = Pattern.compile("[a-z][a-z0-9]{1,31}");

    private final AlertStore alerts;
    private final EnterpriseService enterprises;
    private final Clock clock;

    @Activate
    public PublishedAlerts(@Reference AlertStore alerts, @Reference EnterpriseService enterprises) {
        this(alerts, enterprises, Clock.systemUTC());
    }

    private PublishedAlerts(AlertStore alerts, EnterpriseService enterprises, Clock clock) {
        this.alerts = alerts;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    static PublishedAlerts withClock(AlertStore alerts, EnterpriseService enterprises, Clock clock) {
        return new PublishedAlerts(alerts, enterprises, clock);
    }

    /** The topic stored as the origin of a department's own alerts. */
    static String topic(String department) {
        return "org/safegrid/dept/" + department + "/alert";
    }

    @Override
    public long publish(String department, Long enterpriseId, Alert alert) {
        if (department == null || !DEPARTMENT.matcher(department).matches()) {
            throw new IllegalArgumentException("department id must match " + DEPARTMENT + ": " + department);
        }
        if (alert == null) {
            throw new IllegalArgumentException("no alert given");
        }
        String village = enterpriseId == null ? null : village(enterpriseId).orElse(null);
        AlertOrigin origin = new AlertOrigin(topic(department), enterpriseId, department, village);
        Instant at = clock.instant();
        long id = alerts.save(new RaisedAlert(alert, department), origin, at);
        LOG.debug("Department {} raised alert {} ({}) for enterprise {}", department, alert.code(), id, enterpriseId);
        return id;
    }

    private Optional<String> village(long enterpriseId) {
        try {
            return enterprises.get(enterpriseId, DataScope.everything()).map(Enterprise::village);
        } catch (RuntimeException e) {
            LOG.warn("The registry could not read enterprise {}; alert stored without its village", enterpriseId, e);
            return Optional.empty();
        }
    }
}
