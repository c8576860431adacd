package org.safegrid.dept.emergency.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.DateTimeException;
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
 * The duty watch's wall clock. Shifts and log entries hold local date-times of the town, so "now" must be taken in the
 * town's time zone, not in whatever zone the server's JVM happens to run (containers often run in UTC).
 */
@Component(service = DutyClock.class, configurationPid = DutyClock.PID)
@Designate(ocd = DutyClock.Config.class)
public class DutyClock {

    public static final String PID = "org.safegrid.dept.emergency";
    static final String DEFAULT_ZONE = "Asia/Shanghai";

    private static final Logger LOG = LoggerFactory.getLogger(DutyClock.class);

    @ObjectClassDefinition(name = "SafeGrid emergency office", description = "Duty watch settings")
    public @interface Config {
        @AttributeDefinition(name = "Time zone", description = "IANA time zone of the town, for example Asia/Shanghai")
        String timeZone() default DEFAULT_ZONE;
    }

    private volatile Clock clock;

    @Activate
    public DutyClock(Config config) {
        modified(config);
    }

    /** For tests. (Only the activation constructor is public: Declarative Services picks it by its parameter count.) */
    public static DutyClock fixed(Clock clock) {
        return new DutyClock(clock);
    }

    DutyClock(Clock clock) {
        this.clock = clock;
    }

    @Modified
    void modified(Config config) {
        this.clock = Clock.system(zone(config.timeZone()));
    }

    static ZoneId zone(String configured) {
        try {
            return ZoneId.of(configured == null ? DEFAULT_ZONE : configured.trim());
        } catch (DateTimeException e) {
            LOG.warn("Unknown time zone '{}' in {}, using {}", configured, PID, DEFAULT_ZONE);
            return ZoneId.of(DEFAULT_ZONE);
        }
    }

    /** The town's time zone. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** The town's local date-time, to the second. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
