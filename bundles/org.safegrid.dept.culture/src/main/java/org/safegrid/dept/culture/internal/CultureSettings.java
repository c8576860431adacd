package org.safegrid.dept.culture.internal;

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
 * The centre's settings (PID {@value #PID}): the town's time zone, and how many days before a large event its
 * missing assessment, emergency plan or capacity becomes urgent.
 */
@Component(service = CultureSettings.class, configurationPid = CultureSettings.PID)
@Designate(ocd = CultureSettings.Config.class)
public class CultureSettings {

    public static final String PID = "org.safegrid.dept.culture";
    static final String DEFAULT_ZONE = "Asia/Shanghai";
    static final int DEFAULT_LEAD_DAYS = 7;

    private static final Logger LOG = LoggerFactory.getLogger(CultureSettings.class);

    @ObjectClassDefinition(name = "SafeGrid culture service centre", description = "Large-event checks and time zone")
    public @interface Config {
        @AttributeDefinition(name = "Time zone", description = "IANA time zone of the town, for example Asia/Shanghai")
        String timeZone() default DEFAULT_ZONE;

        @AttributeDefinition(name = "Lead days", description = "Days before a large event from which the daily check "
                + "raises critical alerts about it (1-60)")
        int leadDays() default DEFAULT_LEAD_DAYS;
    }

    private volatile Clock clock;
    private volatile int leadDays;

    @Activate
    public CultureSettings(Config config) {
        modified(config);
    }

    private CultureSettings(Clock clock, int leadDays) {
        this.clock = clock;
        this.leadDays = leadDays;
    }

    /** For tests. (Only the activation constructor is public: Declarative Services picks it by its parameters.) */
    public static CultureSettings fixed(Clock clock, int leadDays) {
        return new CultureSettings(clock, leadDays);
    }

    @Modified
    void modified(Config config) {
        this.clock = Clock.system(zone(config.timeZone()));
        int days = config.leadDays();
        if (days < 1 || days > 60) {
            LOG.warn("leadDays {} in {} is outside 1-60, using {}", days, PID, DEFAULT_LEAD_DAYS);
            days = DEFAULT_LEAD_DAYS;
        }
        this.leadDays = days;
    }

    static ZoneId zone(String configured) {
        try {
            return ZoneId.of(configured == null ? DEFAULT_ZONE : configured.trim());
        } catch (DateTimeException e) {
            LOG.warn("Unknown time zone '{}' in {}, using {}", configured, PID, DEFAULT_ZONE);
            return ZoneId.of(DEFAULT_ZONE);
        }
    }

    /** The town's local date-time, to the second. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The town's date. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Days before an event from which its gaps are urgent. */
    public int leadDays() {
        return leadDays;
    }
}
