package org.safegrid.inbox.internal.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.security.DataScope;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.inbox.internal.alert.AlertOrigin;
import org.safegrid.inbox.internal.alert.AlertStore;
import org.safegrid.inbox.internal.supervision.PlatformAlerts;
import org.safegrid.inbox.internal.supervision.RaisedAlert;
import org.safegrid.inbox.internal.supervision.RuleDispatcher;
import org.safegrid.inbox.internal.supervision.RuleRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervision rules' runtime: every platform event about an enterprise ({@code org/safegrid/*} with an
 * {@code enterpriseId}) is handled off EventAdmin's thread: the enterprise's profile is loaded, the platform's own
 * alerts and those of the rules of its regulating departments are worked out, and each is stored for its roles.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + SupervisionHandler.TOPICS)
public class SupervisionHandler implements EventHandler {

    static final String TOPICS = "org/safegrid/*";
    static final String ENTERPRISE_ID = "enterpriseId";

    private static final Logger LOG = LoggerFactory.getLogger(SupervisionHandler.class);

    private final EventWork work;
    private final RuleRegistry rules;
    private final AlertStore alerts;
    private final EnterpriseService enterprises;
    private final Clock clock;

    @Activate
    public SupervisionHandler(@Reference EventWork work, @Reference RuleRegistry rules, @Reference AlertStore alerts,
            @Reference EnterpriseService enterprises) {
        this(work, rules, alerts, enterprises, Clock.systemUTC());
    }

    SupervisionHandler(EventWork work, RuleRegistry rules, AlertStore alerts, EnterpriseService enterprises,
            Clock clock) {
        this.work = work;
        this.rules = rules;
        this.alerts = alerts;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    /** The enterprise as the registry has it now; empty when it does not know it or cannot answer. */
    private Optional<EnterpriseProfile> profile(String topic, long enterpriseId) {
        try {
            return enterprises.get(enterpriseId, DataScope.everything()).map(enterprises::profile);
        } catch (RuntimeException e) {
            LOG.warn("{}: the registry could not read enterprise {}; no rule asked", topic, enterpriseId, e);
            return Optional.empty();
        }
    }

    @Override
    public void handleEvent(Event event) {
        Map<String, Object> properties = EventProperties.of(event);
        Long enterpriseId = EventProperties.id(properties, ENTERPRISE_ID);
        if (enterpriseId == null) {
            return; // not about an enterprise: no rule is asked
        }
        String topic = event.getTopic();
        work.submit(topic + " of enterprise " + enterpriseId, () -> handle(topic, properties, enterpriseId));
    }

    /** Works out and stores the alerts of one event; how many were stored. */
    int handle(String topic, Map<String, Object> properties, long enterpriseId) {
        Optional<EnterpriseProfile> profile = profile(topic, enterpriseId);
        List<RaisedAlert> raised = new ArrayList<>();
        PlatformAlerts.of(topic, properties, profile.orElse(null))
                .forEach(alert -> raised.add(new RaisedAlert(alert, null)));
        if (profile.isPresent()) {
            raised.addAll(RuleDispatcher.dispatch(rules.rules(),
                    new SupervisionEvent(topic, properties, profile.get())));
        } else {
            LOG.debug("{}: enterprise {} is not in the registry; no rule asked", topic, enterpriseId);
        }
        AlertOrigin origin = new AlertOrigin(topic, enterpriseId, profile.map(EnterpriseProfile::department)
                .orElse(null), profile.map(EnterpriseProfile::village).orElse(null));
        int stored = 0;
        for (RaisedAlert alert : raised) {
            try {
                alerts.save(alert, origin, clock.instant());
                stored++;
            } catch (RuntimeException e) {
                LOG.warn("Could not store alert {} raised on {} for enterprise {}", alert.alert().code(), topic,
                        enterpriseId, e);
            }
        }
        return stored;
    }
}
