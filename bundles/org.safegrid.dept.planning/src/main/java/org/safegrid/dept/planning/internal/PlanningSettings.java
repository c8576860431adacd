package org.safegrid.dept.planning.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The planning office's settings (PID {@value #PID}) and the town's clock: dates of projects and the rules' weeks are
 * the town's, not the server's.
 */
@Component(service = PlanningSettings.class, configurationPid = PlanningSettings.PID)
@Designate(ocd = PlanningSettings.Config.class)
public class PlanningSettings {

    public static final String PID = "org.safegrid.dept.planning";
    static final String DEFAULT_ZONE = "Asia/Shanghai";

    private static final Logger LOG = LoggerFactory.getLogger(PlanningSettings.class);

    @ObjectClassDefinition(name = "SafeGrid planning and construction office", description = "Time zone and the thresholds of the office's rules")
    public @interface Config {
        @AttributeDefinition(name = "Time zone", description = "IANA time zone of the town, for example Asia/Shanghai")
        String timeZone() default DEFAULT_ZONE;

        @AttributeDefinition(name = "Missed weeks before an alert", description = "Consecutive weeks without a construction site's weekly self-inspection that raise an "
                + "alert (2 to 8)")
        int missedWeeks() default 2;

        @AttributeDefinition(name = "Project check interval (hours)", description = "How often projects past their planned completion are looked for (1 to 24)")
        int projectCheckHours() default 6;
    }

    private volatile Clock clock;
    private volatile int missedWeeks;
    private volatile int projectCheckHours;

    @Activate
    public PlanningSettings(Config config) {
        modified(config);
    }

    /** For tests. (Only the activation constructor is public: Declarative Services picks it by its parameter count.) */
    public static PlanningSettings fixed(Clock clock, int missedWeeks) {
        return new PlanningSettings(clock, missedWeeks);
    }

    PlanningSettings(Clock clock, int missedWeeks) {
        this.clock = clock;
        this.missedWeeks = missedWeeks;
        this.projectCheckHours = 6;
    }

    @Modified
    void modified(Config config) {
        this.clock = Clock.system(zone(config.timeZone()));
        this.missedWeeks = clamp("missedWeeks", config.missedWeeks(), 2, 8);
        this.projectCheckHours = clamp("projectCheckHours", config.projectCheckHours(), 1, 24);
    }

    static ZoneId zone(String configured) {
        try {
            return ZoneId.of(configured == null ? DEFAULT_ZONE : configured.trim());
        } catch (DateTimeException e) {
            LOG.warn("Unknown time zone '{}' in {}, using {}", configured, PID, DEFAULT_ZONE);
            return ZoneId.of(DEFAULT_ZONE);
        }
    }

    static int clamp(String name, int value, int min, int max) {
        if (value < min || value > max) {
            int used = Math.max(min, Math.min(max, value));
            LOG.warn("{} = {} in {} is outside {}..{}, using {}", name, value, PID, min, max, used);
            return used;
        }
        return value;
    }

    /** The town's local date-time, to the second. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The town's date. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Consecutive missed weekly self-inspections that raise an alert. */
    public int missedWeeks() {
        return missedWeeks;
    }

    public int projectCheckHours() {
        return projectCheckHours;
    }
}
