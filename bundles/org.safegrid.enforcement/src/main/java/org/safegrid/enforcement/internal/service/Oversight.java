package org.safegrid.enforcement.internal.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.api.InspectionFrequency;
import org.safegrid.enforcement.api.RepeatOffender;
import org.safegrid.enforcement.api.ZeroCheck;
import org.safegrid.enforcement.internal.config.RulesProvider;
import org.safegrid.enforcement.internal.model.Activity;
import org.safegrid.enforcement.internal.model.Unit;
import org.safegrid.enforcement.internal.model.ZeroChecks;
import org.safegrid.enforcement.internal.validation.Failures;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.Page;
import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.api.Village;

/**
 * What the committee office watches: the inspection frequency each enterprise requires (raised for repeat
 * offenders), the repeat offenders, and the zero-enforcement check.
 */
@Component(service = Oversight.class)
public class Oversight {

    private final EnterpriseService enterprises;
    private final RepeatStore repeats;
    private final ActivityStore activity;
    private final RulesProvider rules;
    private final Clock clock;

    @Activate
    public Oversight(@Reference EnterpriseService enterprises, @Reference RepeatStore repeats,
            @Reference ActivityStore activity, @Reference RulesProvider rules) {
        this(enterprises, repeats, activity, rules, Clock.systemDefaultZone());
    }

    /** @param clock the town's clock (the JVM runs in the town's time zone, {@code SAFEGRID_TIMEZONE}) */
    public Oversight(EnterpriseService enterprises, RepeatStore repeats, ActivityStore activity, RulesProvider rules,
            Clock clock) {
        this.enterprises = enterprises;
        this.repeats = repeats;
        this.activity = activity;
        this.rules = rules;
        this.clock = clock;
    }

    /** The inspections per month an enterprise in scope requires today. */
    public Optional<InspectionFrequency> frequency(long enterpriseId, DataScope scope) {
        return enterprises.get(enterpriseId, scope)
                .map(e -> rules.rules()
                        .frequency(e.id(), e.riskLevel() == null ? null : e.riskLevel().name(),
                                repeats.activeUntil(e.id(), today()).orElse(null)));
    }

    public boolean isRepeatOffender(long enterpriseId, LocalDate day) {
        return repeats.activeUntil(enterpriseId, day).isPresent();
    }

    public Page<RepeatOffender> repeatOffenders(boolean activeOnly, DataScope scope, int page, int size) {
        return repeats.list(activeOnly, today(), scope, page, size);
    }

    /**
     * The zero-enforcement check of a period: the town's six departments, the departments of the sectors and of the
     * enforcement records, the active villages and any village with actions; the lines the scope covers.
     *
     * @param from the first day; null for the first day of the month of {@code to}
     * @param to the last day; null for today
     * @throws org.safegrid.api.error.SafeGridException 400 {@code bad_period} when from is after to
     */
    public ZeroCheck zeroCheck(LocalDate from, LocalDate to, DataScope scope, String language) {
        if (to == null) {
            to = today();
        }
        if (from == null) {
            from = to.withDayOfMonth(1);
        }
        if (from.isAfter(to)) {
            throw Failures.badPeriod(language);
        }
        Activity counted = activity.count(from, to);
        Set<String> acted = new TreeSet<>(counted.inspectionsByVillage().keySet());
        acted.addAll(counted.casesByVillage().keySet());
        return ZeroChecks.of(from, to, knownDepartments(), knownVillages(acted), counted, scope);
    }

    /**
     * The departments the zero-enforcement check names: the town's six, then the departments of the sectors and of
     * the enforcement records.
     */
    public List<Unit> knownDepartments() {
        Map<String, Unit> departments = new LinkedHashMap<>();
        Unit.TOWN_DEPARTMENTS.forEach(u -> departments.put(u.id(), u));
        Set<String> others = new TreeSet<>(activity.departments());
        for (Sector sector : enterprises.sectors()) {
            if (sector.department() != null) {
                others.add(sector.department());
            }
        }
        others.forEach(id -> departments.putIfAbsent(id, new Unit(id, id, null)));
        return List.copyOf(departments.values());
    }

    /** The villages the zero-enforcement check names: the active ones and those among {@code acted}. */
    public List<Unit> knownVillages(Set<String> acted) {
        List<Unit> villages = new ArrayList<>();
        for (Village village : enterprises.villages()) {
            if (village.active() || acted.contains(village.code())) {
                villages.add(new Unit(village.code(), village.name(), null));
            }
        }
        return villages;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
