package org.safegrid.inbox.internal.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.SupervisionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands an event to the rules of the enterprise's first and second regulating departments whose topics match it, and
 * collects the alerts they raise. A rule that throws (or whose bundle is going away) is logged and skipped; the others
 * still run.
 */
public final class RuleDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(RuleDispatcher.class);

    private RuleDispatcher() {
    }

    public static List<RaisedAlert> dispatch(List<RegisteredRule> rules, SupervisionEvent event) {
        EnterpriseProfile enterprise = event.enterprise();
        List<RaisedAlert> raised = new ArrayList<>();
        for (RegisteredRule rule : rules) {
            if (!regulates(rule.department(), enterprise) || !listensTo(rule, event.topic())) {
                continue;
            }
            try {
                List<Alert> alerts = rule.rule().evaluate(event);
                if (alerts != null) {
                    alerts.stream().filter(Objects::nonNull).forEach(a -> raised.add(new RaisedAlert(a,
                            rule.department())));
                }
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Supervision rule {} of department {} failed on {} for enterprise {}; skipped", rule.name(),
                        rule.department(), event.topic(), enterprise.id(), e);
            }
        }
        return raised;
    }

    static boolean regulates(String department, EnterpriseProfile enterprise) {
        return department.equals(enterprise.department()) || department.equals(enterprise.secondDepartment());
    }

    private static boolean listensTo(RegisteredRule rule, String topic) {
        try {
            Set<String> topics = rule.rule().topics();
            return topics != null && Topics.anyMatches(topics, topic);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Supervision rule {} of department {} could not name its topics; skipped", rule.name(),
                    rule.department(), e);
            return false;
        }
    }
}
