package org.safegrid.dept.economic.internal;

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

/** The office's settings (PID {@value #PID}): the town's time zone and how often a missing team is reminded. */
@Component(service = EconomicSettings.class, configurationPid = EconomicSettings.PID)
@Designate(ocd = EconomicSettings.Config.class)
public class EconomicSettings {

    public static final String PID = "org.safegrid.dept.economic";
    static final String DEFAULT_ZONE = "Asia/Shanghai";
    static final int DEFAULT_REMINDER_DAYS = 7;

    private static final Logger LOG = LoggerFactory.getLogger(EconomicSettings.class);

    @ObjectClassDefinition(name = "SafeGrid economic development office", description = "Rules and time zone")
    public @interface Config {
        @AttributeDefinition(name = "Time zone", description = "IANA time zone of the town, for example Asia/Shanghai")
        String timeZone() default DEFAULT_ZONE;

        @AttributeDefinition(name = "Team reminder days", description = "Days between two alerts about the same "
                + "above-scale enterprise without a chief-engineer team (1-90)")
        int teamReminderDays() default DEFAULT_REMINDER_DAYS;
    }

    private volatile Clock clock;
    private volatile int reminderDays;

    @Activate
    public EconomicSettings(Config config) {
        modified(config);
    }

    private EconomicSettings(Clock clock, int reminderDays) {
        this.clock = clock;
        this.reminderDays = reminderDays;
    }

    /** For tests. (Only the activation constructor is public: Declarative Services picks it by its parameters.) */
    public static EconomicSettings fixed(Clock clock, int reminderDays) {
        return new EconomicSettings(clock, reminderDays);
    }

    @Modified
    void modified(Config config) {
        this.clock = Clock.system(zone(config.timeZone()));
        int days = config.teamReminderDays();
        if (days < 1 || days > 90) {
            LOG.warn("teamReminderDays {} in {} is outside 1-90, using {}", days, PID, DEFAULT_REMINDER_DAYS);
            days = DEFAULT_REMINDER_DAYS;
        }
        this.reminderDays = days;
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

    /** Days between two reminders about the same enterprise. */
    public int reminderDays() {
        return reminderDays;
    }
}
