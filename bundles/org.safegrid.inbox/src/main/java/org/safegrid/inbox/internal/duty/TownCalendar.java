package org.safegrid.inbox.internal.duty;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.safegrid.checklists.api.WorkCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The town's working days as the checklists' {@link WorkCalendar} keeps them (holidays and adjusted working weekends).
 * While that calendar is not there, Monday to Friday count, so the duties still work without the checklists.
 */
@Component(service = TownCalendar.class)
public class TownCalendar implements WorkingDays {

    private static final Logger LOG = LoggerFactory.getLogger(TownCalendar.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile WorkCalendar calendar;

    public TownCalendar() {
    }

    /** For tests: a fixed calendar, or null for Monday to Friday. */
    public TownCalendar(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        WorkCalendar current = calendar;
        if (current != null) {
            try {
                return current.isWorkingDay(day);
            } catch (RuntimeException e) {
                LOG.warn("The working-day calendar failed for {}; counting Monday to Friday", day, e);
            }
        }
        return WEEKDAYS.isWorkingDay(day);
    }

    /** Whether the town's calendar is in use (otherwise Monday to Friday). */
    public boolean hasTownCalendar() {
        return calendar != null;
    }
}
