package org.safegrid.inbox.internal.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.module.Permissions;
import org.safegrid.checklists.api.Period;
import org.safegrid.enterprises.api.Page;
import org.safegrid.inbox.internal.validation.Failures;

/**
 * The staff's duties: what each user owes, recording an entry by hand, recording an inspector's day from an
 * enforcement event, and the lists of entries.
 */
@Component(service = DutyService.class)
public class DutyService {

    private final DutyStore store;
    private final Obligations obligations;
    private final Clock clock;

    @Activate
    public DutyService(@Reference DutyStore store, @Reference TownCalendar calendar) {
        this(store, calendar, Clock.systemDefaultZone());
    }

    /** @param clock the town's clock (the JVM runs in the town's time zone, {@code SAFEGRID_TIMEZONE}) */
    public DutyService(DutyStore store, WorkingDays calendar, Clock clock) {
        this.store = store;
        this.obligations = new Obligations(calendar);
        this.clock = clock;
    }

    /** The town's date today. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Records an entry by hand: 422 {@code validation_failed} on bad fields, 403 {@code duty_not_owed} for a kind the
     * roles do not owe, 422 {@code period_not_due} for a period not current nor ended within the window (or a daily
     * period on a day off), 409 {@code already_recorded} for a second entry.
     */
    public DutyEntry record(String username, Set<String> roles, DutyInput input, boolean english) {
        ValidDuty duty = DutyValidator.validate(input, english);
        StaffRoles staff = StaffRoles.of(roles);
        DutyKind kind = duty.kind();
        if (!staff.owes(kind)) {
            throw Failures.notOwed(english, kind.name(), kind.layer().role(), kind.layer().needsUnit());
        }
        Period period = duty.period();
        obligations.refusal(kind, period, today()).ifPresent(reason -> {
            throw Failures.periodNotDue(english, period.key(), reason, Obligations.WINDOW_DAYS);
        });
        NewDutyEntry entry = new NewDutyEntry(username, kind, period, staff.departmentFor(kind.layer()),
                staff.villageFor(kind.layer()), NewDutyEntry.MANUAL, duty.note(), clock.instant());
        return store.insertIfAbsent(entry)
                .orElseThrow(() -> Failures.alreadyRecorded(english, kind.name(), period.key()));
    }

    /**
     * Records that the user did enforcement work today (an inspection or an enforcement step), filed under the
     * enterprise's department and village; nothing when the user already has today's entry.
     */
    public Optional<DutyEntry> recordEnforcementDay(String username, String topic, String department,
            String village) {
        Period day = DutyPeriods.of(DutyKind.ENFORCEMENT_DAY.cadence(), today());
        return store.insertIfAbsent(new NewDutyEntry(username, DutyKind.ENFORCEMENT_DAY, day, department, village,
                topic, null, clock.instant()));
    }

    /** What the user owes in the window, with the state of each duty; newest period first per kind. */
    public List<OwedDuty> owed(String username, Set<String> roles) {
        StaffRoles staff = StaffRoles.of(roles);
        if (staff.layers().isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        Set<String> done = store.doneSince(username, Obligations.firstDay(today));
        return obligations.owed(staff, today, done);
    }

    public Page<DutyEntry> own(String username, LocalDate from, LocalDate to, int page, int size) {
        return store.own(username, from, to, page, size);
    }

    /**
     * A unit's entries: for administrators and the committee office any unit, for a head their own department or
     * village; 403 for anyone else.
     */
    public Page<DutyEntry> team(Set<String> roles, TeamFilter filter, LocalDate from, LocalDate to, int page,
            int size, boolean english) {
        if (!mayView(roles, filter)) {
            throw Failures.teamForbidden(english);
        }
        return store.team(filter, from, to, page, size);
    }

    static boolean mayView(Set<String> roles, TeamFilter filter) {
        if (roles.contains(Permissions.ADMIN_ROLE) || roles.contains(Permissions.COMMITTEE_ROLE)) {
            return true;
        }
        StaffRoles staff = StaffRoles.of(roles);
        if (filter.department() != null) {
            return staff.headsDepartment(filter.department());
        }
        return filter.village() != null && staff.headsVillage(filter.village());
    }
}
