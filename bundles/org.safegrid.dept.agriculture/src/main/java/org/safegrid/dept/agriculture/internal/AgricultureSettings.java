package org.safegrid.dept.agriculture.internal;

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
 * The centre's settings (PID {@value #PID}): the town's time zone, the flood season and how often a reservoir must be
 * inspected in it, the forest fire season, and when the daily reservoir check runs. A bad value is logged and its
 * default used, so the department keeps serving.
 */
@Component(service = AgricultureSettings.class, configurationPid = AgricultureSettings.PID)
@Designate(ocd = AgricultureSettings.Config.class)
public class AgricultureSettings {

    public static final String PID = "org.safegrid.dept.agriculture";

    static final String DEFAULT_ZONE = "Asia/Shanghai";
    static final Season DEFAULT_FLOOD = Season.parse("05-01", "09-30");
    static final Season DEFAULT_FIRE = Season.parse("10-01", "04-30");
    static final int DEFAULT_INTERVAL = 30;
    static final LocalTime DEFAULT_CHECK = LocalTime.of(8, 0);

    private static final Logger LOG = LoggerFactory.getLogger(AgricultureSettings.class);

    @ObjectClassDefinition(name = "SafeGrid agricultural service centre", description = "Flood and fire seasons, reservoir inspection interval")
    public @interface Config {
        @AttributeDefinition(name = "Time zone", description = "IANA time zone of the town")
        String timeZone() default DEFAULT_ZONE;

        @AttributeDefinition(name = "Flood season start", description = "First day, MM-dd")
        String floodSeasonStart() default "05-01";

        @AttributeDefinition(name = "Flood season end", description = "Last day, MM-dd")
        String floodSeasonEnd() default "09-30";

        @AttributeDefinition(name = "Inspection interval (days)", description = "In the flood season every reservoir and pond must be inspected at least this often")
        int inspectionIntervalDays() default DEFAULT_INTERVAL;

        @AttributeDefinition(name = "Fire season start", description = "First day of the forest fire season, MM-dd")
        String fireSeasonStart() default "10-01";

        @AttributeDefinition(name = "Fire season end", description = "Last day, MM-dd (may be in the next year)")
        String fireSeasonEnd() default "04-30";

        @AttributeDefinition(name = "Daily check time", description = "When the reservoir check runs, HH:mm local")
        String checkTime() default "08:00";
    }

    private volatile Clock clock;
    private volatile Season floodSeason;
    private volatile Season fireSeason;
    private volatile int intervalDays;
    private volatile LocalTime checkTime;

    @Activate
    public AgricultureSettings(Config config) {
        modified(config);
    }

    AgricultureSettings(Clock clock, Season flood, Season fire, int intervalDays) {
        this.clock = clock;
        this.floodSeason = flood;
        this.fireSeason = fire;
        this.intervalDays = intervalDays;
        this.checkTime = DEFAULT_CHECK;
    }

    /** For tests: fixed clock and seasons. */
    public static AgricultureSettings fixed(Clock clock, Season flood, Season fire, int intervalDays) {
        return new AgricultureSettings(clock, flood, fire, intervalDays);
    }

    @Modified
    void modified(Config config) {
        this.clock = Clock.system(zone(config.timeZone()));
        this.floodSeason = season("flood", config.floodSeasonStart(), config.floodSeasonEnd(), DEFAULT_FLOOD);
        this.fireSeason = season("fire", config.fireSeasonStart(), config.fireSeasonEnd(), DEFAULT_FIRE);
        int interval = config.inspectionIntervalDays();
        if (interval < 1 || interval > 366) {
            LOG.warn("inspectionIntervalDays {} in {} is not 1..366; using {}", interval, PID, DEFAULT_INTERVAL);
            interval = DEFAULT_INTERVAL;
        }
        this.intervalDays = interval;
        this.checkTime = time(config.checkTime());
    }

    private static Season season(String what, String start, String end, Season fallback) {
        try {
            return Season.parse(start, end);
        } catch (IllegalArgumentException e) {
            LOG.warn("Bad {} season '{}'..'{}' in {}: {}; using {}", what, start, end, PID, e.getMessage(), fallback);
            return fallback;
        }
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

    public Season floodSeason() {
        return floodSeason;
    }

    public Season fireSeason() {
        return fireSeason;
    }

    public int intervalDays() {
        return intervalDays;
    }

    public LocalTime checkTime() {
        return checkTime;
    }

    /** The flood-season rule of these settings. */
    public FloodSeasonRule floodRule() {
        return new FloodSeasonRule(floodSeason, intervalDays);
    }
}
