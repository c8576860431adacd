package org.safegrid.checklists.internal.cadence;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.safegrid.checklists.api.WorkCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The town's working-day calendar, configured through PID {@value #PID}. The defaults are the public holidays and the
 * adjusted working weekend days (调休上班) of 2026 as the General Office of the State Council announced them on 4
 * November 2025 (国务院办公厅关于2026年部分节假日安排的通知); later years are configuration. A change applies at once,
 * without restarting anything.
 */
@Component(service = WorkCalendar.class, configurationPid = ConfiguredCalendar.PID)
@Designate(ocd = ConfiguredCalendar.Config.class)
public class ConfiguredCalendar implements WorkCalendar {

    public static final String PID = "org.safegrid.checklists.calendar";

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredCalendar.class);

    @ObjectClassDefinition(name = "SafeGrid working-day calendar", description = "Public holidays and adjusted"
            + " working weekend days; Monday to Friday are working days otherwise")
    public @interface Config {
        // @formatter:off
        @AttributeDefinition(description = "Public holidays: ISO dates (2026-10-01) or inclusive ranges"
                + " (2026-10-01..2026-10-07)")
        String[] holidays() default {
            "2026-01-01..2026-01-03", // 元旦 New Year
            "2026-02-15..2026-02-23", // 春节 Spring Festival
            "2026-04-04..2026-04-06", // 清明节 Qingming
            "2026-05-01..2026-05-05", // 劳动节 Labour Day
            "2026-06-19..2026-06-21", // 端午节 Dragon Boat Festival
            "2026-09-25..2026-09-27", // 中秋节 Mid-Autumn Festival
            "2026-10-01..2026-10-07", // 国庆节 National Day
        };

        @AttributeDefinition(description = "Weekend days that are worked (调休上班): ISO dates or inclusive ranges")
        String[] workingWeekends() default {
            "2026-01-04",               // Sunday, for New Year
            "2026-02-14", "2026-02-28", // Saturdays, for the Spring Festival
            "2026-05-09",               // Saturday, for Labour Day
            "2026-09-20", "2026-10-10", // Sunday and Saturday, for National Day
        };
        // @formatter:on
    }

    private volatile HolidayCalendar calendar;

    @Activate
    public ConfiguredCalendar(Config config) {
        configure(config);
    }

    @Modified
    void configure(Config config) {
        CalendarDates.Result holidays = CalendarDates.read(config.holidays());
        CalendarDates.Result working = CalendarDates.read(config.workingWeekends());
        holidays.problems().forEach(p -> LOG.error("Calendar {}: holiday entry ignored: {}", PID, p));
        working.problems().forEach(p -> LOG.error("Calendar {}: working-weekend entry ignored: {}", PID, p));
        calendar = new HolidayCalendar(holidays.days(), working.days());
        LOG.info("Working-day calendar: {} holidays, {} adjusted working weekend days", holidays.days().size(),
                working.days().size());
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    @Override
    public int workingDays(LocalDate from, LocalDate to) {
        return calendar.workingDays(from, to);
    }
}
