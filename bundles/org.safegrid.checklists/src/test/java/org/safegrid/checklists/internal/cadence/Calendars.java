package org.safegrid.checklists.internal.cadence;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Set;

import org.safegrid.checklists.api.WorkCalendar;

/** Calendars for tests: the shipped defaults, a configured one, or plain Monday to Friday. */
public final class Calendars {

    private Calendars() {
    }

    /** The configuration as shipped: the annotation's defaults, as DS hands them without a configuration. */
    public static ConfiguredCalendar.Config defaults() {
        return config(null, null);
    }

    /** A configuration; null keeps the default of that attribute. */
    public static ConfiguredCalendar.Config config(String[] holidays, String[] workingWeekends) {
        return (ConfiguredCalendar.Config) Proxy.newProxyInstance(Calendars.class.getClassLoader(),
                new Class<?>[]{ConfiguredCalendar.Config.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "holidays" -> holidays != null ? holidays : method.getDefaultValue();
                    case "workingWeekends" -> workingWeekends != null ? workingWeekends : method.getDefaultValue();
                    case "annotationType" -> ConfiguredCalendar.Config.class;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The town's calendar as shipped (2026 holidays). */
    public static WorkCalendar china2026() {
        return new ConfiguredCalendar(defaults());
    }

    /** Monday to Friday, no holidays. */
    public static WorkCalendar weekdays() {
        return new HolidayCalendar(Set.<LocalDate>of(), Set.<LocalDate>of());
    }
}
