package org.safegrid.inbox.internal.inbox;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.checklists.api.Period;
import org.safegrid.inbox.internal.duty.DutyKind;
import org.safegrid.inbox.internal.duty.DutyState;
import org.safegrid.inbox.internal.duty.Obligations;
import org.safegrid.inbox.internal.duty.OwedDuty;
import org.safegrid.inbox.internal.validation.Text;

/**
 * The inbox lines of a user's owed duties: the overdue ones first, latest first, then the due ones. The missed days
 * of a daily duty make one line per kind (with their count and the latest days), so that a month of missed days
 * does not push every alert off the first page; weekly and monthly periods get a line each.
 */
final class DutyItems {

    /** How many missed days a grouped line names. */
    static final int DAYS_NAMED = 5;

    private static final Text DUE_TITLE = new Text("待填报：{0}", "Due: {0}");
    private static final Text OVERDUE_TITLE = new Text("逾期未填报：{0}", "Overdue: {0}");
    private static final Text DUE = new Text("{0}尚未填报，请在 {1} 前完成。",
            "Nothing is recorded for {0} yet; record it by {1}.");
    private static final Text OVERDUE = new Text("{0}已结束，未见填报记录；{1} 前仍可补报。",
            "{0} ended without an entry; it may still be recorded until {1}.");
    private static final Text MISSED_DAYS = new Text("近 {0} 天内有 {1} 个工作日未填报：{2}。每天可在 {0} 天内补报。",
            "{1} working days of the last {0} have no entry: {2}. Each may be recorded within {0} days.");
    private static final Text SPAN = new Text("{0}（{1} 至 {2}）", "{0} ({1} to {2})");

    private DutyItems() {
    }

    static List<InboxItem> of(List<OwedDuty> owed, boolean english, ZoneId zone) {
        List<InboxItem> overdue = new ArrayList<>();
        Map<DutyKind, List<Period>> missedDays = new LinkedHashMap<>();
        List<InboxItem> due = new ArrayList<>();
        for (OwedDuty duty : owed) {
            if (duty.state() == DutyState.DUE) {
                due.add(dueItem(duty, english, zone));
            } else if (duty.state() == DutyState.OVERDUE && duty.kind().cadence() == Cadence.DAILY) {
                missedDays.computeIfAbsent(duty.kind(), k -> new ArrayList<>()).add(duty.period());
            } else if (duty.state() == DutyState.OVERDUE) {
                overdue.add(overdueItem(duty, english, zone));
            }
        }
        missedDays.forEach((kind, days) -> overdue.add(missedDaysItem(kind, days, english, zone)));
        Comparator<InboxItem> latestFirst = Comparator.comparing(InboxItem::at, Comparator.reverseOrder());
        overdue.sort(latestFirst.thenComparing(InboxItem::code));
        due.sort(latestFirst.thenComparing(InboxItem::code));
        List<InboxItem> items = new ArrayList<>(overdue);
        items.addAll(due);
        return items;
    }

    private static InboxItem dueItem(OwedDuty duty, boolean english, ZoneId zone) {
        Period period = duty.period();
        return new InboxItem(ItemKind.DUTY_DUE, null, duty.kind().name(), "INFO",
                DUE_TITLE.format(english, label(duty.kind(), english)),
                DUE.format(english, span(period, english), period.end()), link(duty.kind(), period.key()),
                period.start().atStartOfDay(zone).toInstant(), false, period.key());
    }

    private static InboxItem overdueItem(OwedDuty duty, boolean english, ZoneId zone) {
        Period period = duty.period();
        return new InboxItem(ItemKind.DUTY_OVERDUE, null, duty.kind().name(), "WARNING",
                OVERDUE_TITLE.format(english, label(duty.kind(), english)),
                OVERDUE.format(english, span(period, english), period.end().plusDays(Obligations.WINDOW_DAYS)),
                link(duty.kind(), period.key()), endOf(period, zone), false, period.key());
    }

    /** One line for the missed days of a daily duty; {@code days} newest first. */
    private static InboxItem missedDaysItem(DutyKind kind, List<Period> days, boolean english, ZoneId zone) {
        Period latest = days.get(0);
        String named = days.stream().limit(DAYS_NAMED).map(Period::key)
                .collect(Collectors.joining(english ? ", " : "、"));
        if (days.size() > DAYS_NAMED) {
            named += english ? ", …" : "等";
        }
        return new InboxItem(ItemKind.DUTY_OVERDUE, null, kind.name(), "WARNING",
                OVERDUE_TITLE.format(english, label(kind, english)),
                MISSED_DAYS.format(english, Obligations.WINDOW_DAYS, days.size(), named), link(kind, latest.key()),
                endOf(latest, zone), false, latest.key());
    }

    private static String label(DutyKind kind, boolean english) {
        return english ? kind.label().en() : kind.label().zh();
    }

    private static String link(DutyKind kind, String periodKey) {
        return "#/duties?kind=" + kind.name() + "&period=" + periodKey;
    }

    /** The moment the period became overdue: the start of the day after it. */
    private static Instant endOf(Period period, ZoneId zone) {
        return period.end().plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static String span(Period period, boolean english) {
        return period.cadence() == Cadence.DAILY
                ? period.key()
                : SPAN.format(english, period.key(), period.start(), period.end());
    }
}
