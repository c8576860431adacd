package org.safegrid.enforcement.internal.config;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.safegrid.enforcement.internal.model.EnforcementRules;
import org.safegrid.enterprises.api.RiskLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Holds the rules of PID {@value #PID}; a change applies at once, without restarting anything. */
@Component(service = RulesProvider.class, configurationPid = RulesProvider.PID)
@Designate(ocd = EnforcementConfig.class)
public class RulesProvider {

    public static final String PID = "org.safegrid.enforcement";

    private static final Logger LOG = LoggerFactory.getLogger(RulesProvider.class);

    private volatile EnforcementRules rules;

    @Activate
    public RulesProvider(EnforcementConfig config) {
        modified(config);
    }

    /** Fixed rules; for tests and callers outside OSGi. */
    /**
     * For tests. (Not a second public constructor: Declarative Services picks the constructor by its number of
     * parameters, so only the activation constructor may be public.)
     */
    public static RulesProvider fixed(EnforcementRules rules) {
        return new RulesProvider(rules);
    }

    RulesProvider(EnforcementRules rules) {
        this.rules = rules;
    }

    @Modified
    void modified(EnforcementConfig config) {
        this.rules = parse(config);
    }

    public EnforcementRules rules() {
        return rules;
    }

    /** The rules of a configuration; a bad value is logged and replaced by its default. */
    static EnforcementRules parse(EnforcementConfig config) {
        int window = config.repeatWindowDays();
        if (window < 1) {
            LOG.warn("{}: repeatWindowDays must be at least 1, not {}; using {}", PID, window,
                    EnforcementRules.DEFAULT_WINDOW_DAYS);
            window = EnforcementRules.DEFAULT_WINDOW_DAYS;
        }
        int multiplier = config.repeatMultiplier();
        if (multiplier < 1) {
            LOG.warn("{}: repeatMultiplier must be at least 1, not {}; using {}", PID, multiplier,
                    EnforcementRules.DEFAULT_MULTIPLIER);
            multiplier = EnforcementRules.DEFAULT_MULTIPLIER;
        }
        return new EnforcementRules(window, base(config.baseInspectionsPerMonth()), multiplier);
    }

    static Map<RiskLevel, Integer> base(String[] values) {
        Map<RiskLevel, Integer> base = new EnumMap<>(RiskLevel.class);
        for (String value : values == null ? new String[0] : values) {
            for (String entry : value == null ? new String[0] : value.split(",")) {
                if (entry.isBlank()) {
                    continue;
                }
                int eq = entry.indexOf('=');
                try {
                    if (eq < 0) {
                        throw new IllegalArgumentException("no '='");
                    }
                    RiskLevel level = RiskLevel.valueOf(entry.substring(0, eq).strip().toUpperCase(Locale.ROOT));
                    int number = Integer.parseInt(entry.substring(eq + 1).strip());
                    if (number < 0) {
                        throw new IllegalArgumentException("negative");
                    }
                    base.put(level, number);
                } catch (IllegalArgumentException e) {
                    LOG.warn("{}: ignoring baseInspectionsPerMonth entry '{}' (expected LEVEL=number): {}", PID,
                            entry.strip(), e.getMessage());
                }
            }
        }
        return base;
    }
}
