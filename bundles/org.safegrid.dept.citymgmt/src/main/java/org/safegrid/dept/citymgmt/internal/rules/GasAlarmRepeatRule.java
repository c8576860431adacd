package org.safegrid.dept.citymgmt.internal.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.api.supervision.SupervisionRule;
import org.safegrid.checklists.api.ChecklistEvents;
import org.safegrid.dept.citymgmt.internal.CityChecklists;
import org.safegrid.dept.citymgmt.internal.CityDepartment;
import org.safegrid.dept.citymgmt.internal.CitySettings;
import org.safegrid.dept.citymgmt.internal.service.GasFailureStore;

/**
 * A restaurant whose gas alarm fails again is a gas explosion waiting to happen. Every failed {@code gas-alarm} item
 * of the daily catering checklist is kept (one per submission, so an event delivered twice counts once); when the
 * restaurant has {@code gasAlarmThreshold} of them (default 2) within {@code gasAlarmWindowDays} (default 30), the
 * brigade and the village get a critical alert, and again at each further failure in the window.
 */
@Component(property = SupervisionRule.DEPARTMENT_PROPERTY + "=" + CityDepartment.ID)
public class GasAlarmRepeatRule implements SupervisionRule {

    static final String TEMPLATE = "citymgmt-catering-gas-daily";
    static final String CODE = "gas-alarm-repeated-failure";

    private final GasFailureStore store;
    private final CitySettings settings;

    @Activate
    public GasAlarmRepeatRule(@Reference GasFailureStore store, @Reference CitySettings settings) {
        this.store = store;
        this.settings = settings;
    }

    @Override
    public Set<String> topics() {
        return Set.of(ChecklistEvents.SUBMITTED);
    }

    @Override
    public List<Alert> evaluate(SupervisionEvent event) {
        if (!TEMPLATE.equals(FailedItems.template(event.properties()))
                || !FailedItems.of(event.properties()).contains(CityChecklists.GAS_ALARM_ITEM)) {
            return List.of();
        }
        Long submission = number(event.properties().get(ChecklistEvents.SUBMISSION_ID));
        if (submission == null) {
            return List.of(); // nothing to tell a repeat from a redelivery by
        }
        int window = settings.gasAlarmWindowDays();
        LocalDate day = day(event.properties().get(ChecklistEvents.PERIOD_KEY), settings.today());
        var enterprise = event.enterprise();
        long failures = store.record(enterprise.id(), enterprise.name(), enterprise.village(), submission, day,
                window);
        if (failures < settings.gasAlarmThreshold()) {
            return List.of();
        }
        String name = enterprise.name();
        return List.of(new Alert(CODE, Alert.Level.CRITICAL,
                LocalizedText.of("餐饮场所燃气报警装置反复失效", "Restaurant gas alarm failed again"),
                LocalizedText.of(name + " 的燃气泄漏报警装置 " + window + " 天内第 " + failures
                        + " 次检查不合格，请立即上门核查，责令停用燃气直至修复。",
                        "The gas leak alarm of " + name + " has failed " + failures + " times in " + window
                                + " days: inspect on site and stop its gas use until it is repaired."),
                Roles.departmentAndVillage(enterprise.village()), "#/checklists/submissions/" + submission));
    }

    /** The day a daily period key names, or {@code fallback}. */
    static LocalDate day(Object periodKey, LocalDate fallback) {
        if (periodKey != null) {
            try {
                return LocalDate.parse(periodKey.toString().strip());
            } catch (DateTimeParseException e) {
                // a week or month key: the day it was submitted
            }
        }
        return fallback;
    }

    static Long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return value == null ? null : Long.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
