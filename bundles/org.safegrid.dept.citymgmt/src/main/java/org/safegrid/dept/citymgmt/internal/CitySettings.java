package org.safegrid.dept.citymgmt.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The brigade's settings (PID {@value #PID}): the town's time zone, the repeated gas-alarm rule's window and threshold,
 * how often a billboard's structure must be checked, and when the daily billboard check runs. A bad value is logged and
 * its default used.
 */
@Component(service = CitySettings.class, configurationPid = CitySettings.PID)
@Designate(ocd = CitySettings.Config.class)
public class CitySettings {

    public static final String PID = "org.safegrid.dept.citymgmt";

    static final String DEFAULT_ZONE = "Asia/Shanghai";
    static final int DEFAULT_WINDOW = 30;
    static final int DEFAULT_THRESHOLD = 2;
    static final int DEFAULT_CHECK_INTERVAL = 180;
    static final LocalTime DEFAULT_CHECK = LocalTime.of(8, 0);

    private static final Logger LOG = LoggerFactory.getLogger(CitySettings.class);

    @ObjectClassDefinition(name = "SafeGrid city management brigade", description = "Gas-alarm rule and billboard structural checks")
    public @interface Config {
        @AttributeDefinition(name = "Time zone", description = "IANA time zone of the town")
        String timeZone() default DEFAULT_ZONE;

        @AttributeDefinition(name = "Gas-alarm window (days)", description = "Failed gas-alarm items of a restaurant are counted over this many days")
        int gasAlarmWindowDays() default DEFAULT_WINDOW;

        @AttributeDefinition(name = "Gas-alarm threshold", description = "This many failed gas-alarm items within the window raise an alert")
        int gasAlarmThreshold() default DEFAULT_THRESHOLD;

        @AttributeDefinition(name = "Structural check interval (days)", description = "A billboard's structure must be checked at least this often")
        int structuralCheckIntervalDays() default DEFAULT_CHECK_INTERVAL;

        @AttributeDefinition(name = "Daily check time", description = "When the billboard check runs, HH:mm local")
        String checkTime() default "08:00";
    }

    private volatile Clock clock;
    private volatile int windowDays;
    private volatile int threshold;
    private volatile int checkIntervalDays;
    private volatile LocalTime checkTime;

    @Activate
    public CitySettings(Config config) {
        modified(config);
    }

    CitySettings(Clock clock, int windowDays, int threshold, int checkIntervalDays) {
        this.clock = clock;
        this.windowDays = windowDays;
        this.threshold = threshold;
        this.checkIntervalDays = checkIntervalDays;
        this.checkTime = DEFAULT_CHECK;
    }

    /** For tests: a fixed clock and the given numbers. */
    public static CitySettings fixed(Clock clock, int windowDays, int threshold, int checkIntervalDays) {
        return new CitySettings(clock, windowDays, threshold, checkIntervalDays);
    }

    @Modified
    void modified(Config config) {
        this.clock = Clock.system(zone(config.timeZone()));
        this.windowDays = bounded("gasAlarmWindowDays", config.gasAlarmWindowDays(), 1, 366, DEFAULT_WINDOW);
        this.threshold = bounded("gasAlarmThreshold", config.gasAlarmThreshold(), 1, 100, DEFAULT_THRESHOLD);
        this.checkIntervalDays = bounded("structuralCheckIntervalDays", config.structuralCheckIntervalDays(), 1,
                3660, DEFAULT_CHECK_INTERVAL);
        this.checkTime = time(config.checkTime());
    }

    private static int bounded(String name, int value, int min, int max, int fallback) {
        if (value < min || value > max) {
            LOG.warn("{} {} in {} is not {}..{}; using {}", name, value, PID, min, max, fallback);
            return fallback;
        }
        return value;
    }

    private static ZoneId zone(String configured) {
        try {
            return ZoneId.of(configured == null ? DEFAULT_ZONE : configured.strip());
        } catch (DateTimeException e) {
            LOG.warn("Unknown time zone '{}' in {}, using {}", configured, PID, DEFAULT_ZONE);
            return ZoneId.of(DEFAULT_ZONE);
        }
    }

    private static LocalTime time(String configured) {
        try {
            return LocalTime.parse(configured == null ? "" : configured.strip());
        } catch (DateTimeParseException e) {
            LOG.warn("Bad checkTime '{}' in {}, using {}", configured, PID, DEFAULT_CHECK);
            return DEFAULT_CHECK;
        }
    }

    /** Today in the town. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }

    public int gasAlarmWindowDays() {
        return windowDays;
    }

    public int gasAlarmThreshold() {
        return threshold;
    }

    public int structuralCheckIntervalDays() {
        return checkIntervalDays;
    }

    public LocalTime checkTime() {
        return checkTime;
    }

    /** The day a billboard's next structural check is due: the last one (or its installation) plus the interval. */
    public LocalDate structuralCheckDue(LocalDate lastCheckedOn, LocalDate installedOn) {
        LocalDate base = lastCheckedOn != null ? lastCheckedOn : installedOn;
        return base.plusDays(checkIntervalDays);
    }
}
