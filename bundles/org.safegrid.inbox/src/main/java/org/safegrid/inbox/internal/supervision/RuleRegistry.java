package org.safegrid.inbox.internal.supervision;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.safegrid.api.supervision.SupervisionRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The departments' supervision rules, as they come and go with their bundles. A rule without the
 * {@value SupervisionRule#DEPARTMENT_PROPERTY} property speaks for nobody and is ignored.
 */
@Component(service = RuleRegistry.class)
public class RuleRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(RuleRegistry.class);

    private final List<RegisteredRule> rules = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addRule(SupervisionRule rule, Map<String, Object> properties) {
        Object department = properties.get(SupervisionRule.DEPARTMENT_PROPERTY);
        String name = String.valueOf(properties.getOrDefault("component.name", rule.getClass().getName()));
        if (!(department instanceof String id) || id.isBlank()) {
            LOG.warn("Supervision rule {} has no {} property; it is ignored", name,
                    SupervisionRule.DEPARTMENT_PROPERTY);
            return;
        }
        rules.add(new RegisteredRule(id.strip(), name, serviceId(properties), rule));
        LOG.info("Supervision rule {} of department {} is in use", name, id);
    }

    public void removeRule(SupervisionRule rule, Map<String, Object> properties) {
        long id = serviceId(properties);
        if (rules.removeIf(r -> r.serviceId() == id && r.rule() == rule)) {
            LOG.info("Supervision rule {} is no longer in use",
                    properties.getOrDefault("component.name", rule.getClass().getName()));
        }
    }

    /** The rules in use now. */
    public List<RegisteredRule> rules() {
        return List.copyOf(rules);
    }

    private static long serviceId(Map<String, Object> properties) {
        return properties.get(Constants.SERVICE_ID) instanceof Number n ? n.longValue() : -1;
    }
}
