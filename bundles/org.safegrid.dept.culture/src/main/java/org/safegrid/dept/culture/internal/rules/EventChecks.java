package org.safegrid.dept.culture.internal.rules;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.module.Permissions;
import org.safegrid.api.supervision.Alert;
import org.safegrid.dept.culture.internal.CultureDepartment;
import org.safegrid.dept.culture.internal.model.AssessmentResult;
import org.safegrid.dept.culture.internal.model.EventData;
import org.safegrid.dept.culture.internal.model.LargeEvent;

/**
 * What is wrong with a large event that has not ended, as alerts (no I/O):
 * <ul>
 * <li>no expert safety assessment, or a failed one (measure 10): a warning to the centre; critical, and the committee
 * too, from {@code leadDays} before the start;</li>
 * <li>more people expected than the venue holds: critical, centre and committee;</li>
 * <li>no emergency plan filed from {@code leadDays} before the start: a warning to the centre.</li>
 * </ul>
 */
public final class EventChecks {

    public static final String NO_ASSESSMENT = "large-event-without-assessment";
    public static final String OVER_CAPACITY = "large-event-over-capacity";
    public static final String NO_PLAN = "large-event-no-emergency-plan";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private EventChecks() {
    }

    public static List<Alert> check(LargeEvent event, LocalDateTime now, int leadDays) {
        EventData d = event.data();
        if (d.cancelled() || !d.endAt().isAfter(now)) {
            return List.of();
        }
        boolean urgent = !d.startAt().isAfter(now.plusDays(leadDays));
        String link = "#/m/" + CultureDepartment.ID + "/events?event=" + event.id();
        String when = WHEN.format(d.startAt());
        String what = "“" + d.name() + "”（" + when + "，" + d.venue() + "）";
        String whatEn = "\"" + d.name() + "\" (" + when + ", " + d.venue() + ")";
        List<Alert> alerts = new ArrayList<>();
        if (!d.safelyAssessed()) {
            boolean failed = d.assessed() && d.result() == AssessmentResult.FAILED;
            alerts.add(new Alert(NO_ASSESSMENT, urgent ? Alert.Level.CRITICAL : Alert.Level.WARNING,
                    failed
                            ? LocalizedText.of("大型活动安全评估未通过", "Large event failed its safety assessment")
                            : LocalizedText.of("大型活动未开展专家安全评估", "Large event without an expert safety assessment"),
                    failed
                            ? LocalizedText.of("大型活动" + what + "专家安全评估未通过，整改并重新评估前不得举办。",
                                    "The large event " + whatEn
                                            + " failed its expert assessment: it may not go ahead until "
                                            + "fixed and reassessed.")
                            : LocalizedText.of("大型活动" + what + "尚未开展专家安全评估（十条措施第十条），请督促承办方在活动前完成评估。",
                                    "The large event " + whatEn + " has no expert safety assessment (measure 10): see "
                                            + "that the organiser has it done before the event."),
                    roles(urgent), link));
        }
        if (d.overCapacity()) {
            alerts.add(new Alert(OVER_CAPACITY, Alert.Level.CRITICAL,
                    LocalizedText.of("大型活动预计人数超过场地容量", "Large event expects more people than the venue holds"),
                    LocalizedText.of("大型活动" + what + "预计 " + d.attendance() + " 人，场地核定容量 " + d.capacity()
                            + " 人，请责令承办方控制人数或更换场地。",
                            "The large event " + whatEn + " expects " + d.attendance() + " people for a venue of "
                                    + d.capacity() + ": have the organiser limit the crowd or move."),
                    roles(true), link));
        }
        if (urgent && !d.planFiled()) {
            alerts.add(new Alert(NO_PLAN, Alert.Level.WARNING,
                    LocalizedText.of("大型活动应急预案未备案", "Large event without a filed emergency plan"),
                    LocalizedText.of("大型活动" + what + "即将举办，承办方尚未备案应急救援预案。",
                            "The large event " + whatEn + " is close and its organiser has filed no emergency plan."),
                    roles(false), link));
        }
        return alerts;
    }

    private static Set<String> roles(boolean withCommittee) {
        String centre = Permissions.departmentRole(CultureDepartment.ID);
        return withCommittee ? Set.of(centre, Permissions.COMMITTEE_ROLE) : Set.of(centre);
    }
}
