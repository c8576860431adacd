package org.safegrid.inbox.internal.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.enterprises.api.Page;
import org.safegrid.inbox.internal.alert.AlertStore;
import org.safegrid.inbox.internal.alert.StoredAlert;
import org.safegrid.inbox.internal.duty.DutyService;
import org.safegrid.inbox.internal.duty.DutyState;
import org.safegrid.inbox.internal.duty.OwedDuty;
import org.safegrid.inbox.internal.validation.Failures;

/**
 * A user's inbox: one list of the duties they owe (overdue, then due; at most a few dozen, worked out) followed by the
 * latest alerts addressed to any of their roles: those of the last {@value #ALERT_DAYS} days, at most
 * {@value #MAX_ALERTS} of them, latest first. The bound keeps every request to a fixed amount of index reading
 * however many alerts there are; the unread count is that of the listed alerts.
 */
@Component(service = InboxService.class)
public class InboxService {

    /** How far back alerts are listed and counted. */
    public static final int ALERT_DAYS = 30;
    /** How many alerts are listed and counted at most: the latest ones. */
    public static final int MAX_ALERTS = 1000;

    private final DutyService duties;
    private final AlertStore alerts;
    private final Clock clock;

    @Activate
    public InboxService(@Reference DutyService duties, @Reference AlertStore alerts) {
        this(duties, alerts, Clock.systemDefaultZone());
    }

    /** @param clock the town's clock (the JVM runs in the town's time zone, {@code SAFEGRID_TIMEZONE}) */
    public InboxService(DutyService duties, AlertStore alerts, Clock clock) {
        this.duties = duties;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** One page of the inbox; {@code unreadOnly} leaves out the alerts the user has read. */
    public Page<InboxItem> page(String username, Set<String> roles, boolean english, boolean unreadOnly, int page,
            int size) {
        List<InboxItem> dutyItems = DutyItems.of(duties.owed(username, roles), english, zone());
        List<Long> latest = alerts.latest(roles, since(), MAX_ALERTS);
        Set<Long> read = alerts.readAmong(username, latest);
        List<Long> listed = unreadOnly ? latest.stream().filter(id -> !read.contains(id)).toList() : latest;
        long offset = (long) page * size;
        List<InboxItem> items = new ArrayList<>(size);
        for (long i = offset; i < dutyItems.size() && items.size() < size; i++) {
            items.add(dutyItems.get((int) i));
        }
        long alertOffset = Math.max(0, offset - dutyItems.size());
        if (items.size() < size && alertOffset < listed.size()) {
            int from = (int) alertOffset;
            List<Long> slice = listed.subList(from, Math.min(listed.size(), from + size - items.size()));
            alerts.load(slice, read).forEach(a -> items.add(item(a, english)));
        }
        return new Page<>(items, page, size, dutyItems.size() + listed.size());
    }

    /** The counts for the header badge. */
    public InboxSummary summary(String username, Set<String> roles) {
        List<OwedDuty> owed = duties.owed(username, roles);
        long due = owed.stream().filter(d -> d.state() == DutyState.DUE).count();
        long overdue = owed.stream().filter(d -> d.state() == DutyState.OVERDUE).count();
        List<Long> latest = alerts.latest(roles, since(), MAX_ALERTS);
        long unread = latest.size() - alerts.readAmong(username, latest).size();
        return new InboxSummary(unread, due, overdue, unread + due + overdue);
    }

    /** Marks an alert read; 404 unless it is addressed to one of the roles. */
    public void markRead(long alertId, String username, Set<String> roles, boolean english) {
        if (!alerts.markRead(alertId, username, roles, clock.instant())) {
            throw Failures.alertNotFound(english, alertId);
        }
    }

    private Instant since() {
        return clock.instant().minus(Duration.ofDays(ALERT_DAYS));
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    static InboxItem item(StoredAlert a, boolean english) {
        return new InboxItem(ItemKind.ALERT, a.id(), a.code(), a.level().name(),
                english ? a.title().en() : a.title().zh(), english ? a.message().en() : a.message().zh(), a.link(),
                a.createdAt(), a.read(), null);
    }
}
