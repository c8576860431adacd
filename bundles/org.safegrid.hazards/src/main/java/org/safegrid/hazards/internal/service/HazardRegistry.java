package org.safegrid.hazards.internal.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.Page;
import org.safegrid.hazards.api.Hazard;
import org.safegrid.hazards.api.HazardService;
import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.api.NewHazard;
import org.safegrid.hazards.internal.events.Publisher;
import org.safegrid.hazards.internal.lifecycle.HazardAction;
import org.safegrid.hazards.internal.lifecycle.VerificationRules;
import org.safegrid.hazards.internal.model.BoardFilter;
import org.safegrid.hazards.internal.model.BoardSort;
import org.safegrid.hazards.internal.model.HazardRecord;
import org.safegrid.hazards.internal.model.HazardStats;
import org.safegrid.hazards.internal.model.TimelineEntry;
import org.safegrid.hazards.internal.validation.Failures;
import org.safegrid.hazards.internal.validation.FieldReader;
import org.safegrid.hazards.internal.validation.HazardRule;

/**
 * The hazards as other bundles and the REST API use them: reporting, reading in scope, the board and its counts. The
 * changes after the report are {@link HazardTransitions}. "Today" is the town's date: the JVM's default zone, which
 * the distribution sets to the town's ({@code SAFEGRID_TIMEZONE}).
 */
@Component(service = {HazardService.class, HazardRegistry.class})
public class HazardRegistry implements HazardService {

    private final HazardStore store;
    private final EnterpriseService enterprises;
    private final Publisher publisher;
    private final Clock clock;

    @Activate
    public HazardRegistry(@Reference HazardStore store, @Reference EnterpriseService enterprises,
            @Reference Publisher publisher) {
        this(store, enterprises, publisher, Clock.systemDefaultZone());
    }

    HazardRegistry(HazardStore store, EnterpriseService enterprises, Publisher publisher, Clock clock) {
        this.store = store;
        this.enterprises = enterprises;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Reports a hazard with messages in Chinese; see {@link #report(NewHazard, DataScope, String, FieldReader)}. */
    @Override
    public Hazard report(NewHazard hazard, DataScope scope, String user) {
        return report(hazard, scope, user, new FieldReader(false)).hazard();
    }

    /**
     * Checks and stores a hazard in state {@code REPORTED}, records it in its timeline and publishes
     * {@code CREATED}. The fields come first (422, with whatever {@code reader} already holds), then the enterprise:
     * 404 when the scope does not see it, 403 when the scope may neither change it nor is the village's.
     */
    public HazardRecord report(NewHazard hazard, DataScope scope, String user, FieldReader reader) {
        requireUser(user);
        LocalDate today = today();
        NewHazard checked = HazardRule.check(hazard, today, reader);
        reader.throwIfInvalid();
        Enterprise enterprise = enterprises.get(checked.enterpriseId(), scope)
                .orElseThrow(() -> Failures.enterpriseNotFound(checked.enterpriseId(), reader.english()));
        if (!mayReport(enterprise, scope)) {
            throw Failures.mayNotChange(reader.english());
        }
        HazardRecord stored = store.insert(checked, enterprise, user, now(), today);
        publisher.publish(HazardAction.REPORT, stored, user);
        return stored;
    }

    @Override
    public Optional<Hazard> get(long id, DataScope scope) {
        return find(id, scope).map(HazardRecord::hazard);
    }

    /** The hazard with what the API record leaves out, if the scope sees it. */
    public Optional<HazardRecord> find(long id, DataScope scope) {
        return store.find(id, scope, today());
    }

    /** The hazard, or 404 when the scope does not see it. */
    public HazardRecord require(long id, DataScope scope, boolean english) {
        return find(id, scope).orElseThrow(() -> Failures.hazardNotFound(id, english));
    }

    public Page<HazardRecord> board(DataScope scope, BoardFilter filter, BoardSort sort, int page, int size) {
        return store.page(scope, filter, sort, page, size, today());
    }

    public HazardStats stats(DataScope scope, BoardFilter filter) {
        return store.stats(scope, filter, today());
    }

    /** The whole timeline of a hazard the caller has already found in scope. */
    public List<TimelineEntry> timeline(HazardRecord hazard) {
        return store.timeline(hazard.hazard().id());
    }

    public Page<TimelineEntry> timeline(HazardRecord hazard, int page, int size) {
        return store.timeline(hazard.hazard().id(), page, size);
    }

    /**
     * The hazard's enterprise as the registry holds it now, when the scope may change it; 403 otherwise (also when the
     * enterprise has left the scope since the hazard was reported).
     */
    public Enterprise changeableEnterprise(HazardRecord hazard, DataScope scope, boolean english) {
        return enterprises.get(hazard.hazard().enterpriseId(), scope)
                .filter(e -> enterprises.mayEdit(e, scope))
                .orElseThrow(() -> Failures.mayNotChange(english));
    }

    /** Whether the caller may record fixes, rectify and submit: the registry lets them change the enterprise. */
    public boolean editable(HazardRecord hazard, DataScope scope) {
        return enterprises.get(hazard.hazard().enterpriseId(), scope)
                .map(e -> enterprises.mayEdit(e, scope))
                .orElse(false);
    }

    /** Whether the caller may verify the hazard now: it awaits verification and {@link VerificationRules} agree. */
    public boolean mayVerify(HazardRecord hazard, DataScope scope, String user) {
        Hazard h = hazard.hazard();
        return h.state() == HazardState.AWAITING_VERIFICATION
                && enterprises.get(h.enterpriseId(), scope)
                        .map(e -> VerificationRules.mayVerify(scope, e.department(), e.secondDepartment(),
                                h.reportedBy(), user))
                        .orElse(false);
    }

    /**
     * Whether the scope may report hazards of a visible enterprise: those who may change it, and the grid staff of its
     * village (who find hazards on their rounds but do not verify them).
     */
    boolean mayReport(Enterprise enterprise, DataScope scope) {
        return enterprises.mayEdit(enterprise, scope) || scope.villages().contains(enterprise.village());
    }

    /** The town's date today. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    static void requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a hazard change needs the user who makes it");
        }
    }
}
