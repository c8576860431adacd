package org.safegrid.plates.internal.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleRequirement;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.CreditCode;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.Page;
import org.safegrid.plates.api.Plate;
import org.safegrid.plates.api.PlateService;
import org.safegrid.plates.internal.dto.PlateInput;
import org.safegrid.plates.internal.events.PlatePublisher;
import org.safegrid.plates.internal.model.StoredPlate;
import org.safegrid.plates.internal.roles.RequiredRole;
import org.safegrid.plates.internal.roles.RoleCatalog;
import org.safegrid.plates.internal.validation.Failures;
import org.safegrid.plates.internal.validation.PersonListValidator;

/**
 * The plates: computed live from the enterprise's profile (which roles it requires) and the people stored on it. Every
 * enterprise is reached through {@link EnterpriseService} with the caller's scope, so plates see exactly the
 * enterprises the registry lets the caller see; changing a plate needs {@link EnterpriseService#mayEdit}.
 */
@Component(service = {PlateService.class, Plates.class})
public class Plates implements PlateService {

    private final EnterpriseService enterprises;
    private final RoleCatalog roles;
    private final PlateStore store;
    private final PlatePublisher publisher;

    @Activate
    public Plates(@Reference EnterpriseService enterprises, @Reference RoleCatalog roles, @Reference PlateStore store,
            @Reference PlatePublisher publisher) {
        this.enterprises = enterprises;
        this.roles = roles;
        this.store = store;
        this.publisher = publisher;
    }

    @Override
    public Optional<Plate> plate(long enterpriseId, DataScope scope) {
        return enterprises.get(enterpriseId, scope).map(this::plateOf);
    }

    @Override
    public Optional<Plate> publicPlate(String creditCode) {
        String code = CreditCode.normalise(creditCode);
        if (!CreditCode.isValid(code)) {
            return Optional.empty();
        }
        return enterprises.byCreditCode(code).map(this::plateOf);
    }

    @Override
    public List<PlateRoleRequirement> requiredRoles(EnterpriseProfile enterprise) {
        return roles.required(enterprise).stream().map(RequiredRole::requirement).toList();
    }

    @Override
    public Page<Plate> incomplete(EnterpriseQuery query, DataScope scope) {
        Page<PlateOfEnterprise> page = incompleteWithProfiles(query, scope);
        return new Page<>(page.items().stream().map(PlateOfEnterprise::plate).toList(), page.page(), page.size(),
                page.total());
    }

    /**
     * The incomplete plates in scope, with their enterprises' profiles. The registry answers the profiles in one call
     * and the store every plate's role counts in one query; completeness is worked out in memory, and only the page's
     * plates are loaded in full.
     */
    public Page<PlateOfEnterprise> incompleteWithProfiles(EnterpriseQuery query, DataScope scope) {
        int size = Math.max(1, Math.min(query.size(), EnterpriseQuery.MAX_SIZE));
        int page = Math.max(0, query.page());
        List<EnterpriseProfile> profiles = enterprises.profiles(query, scope);
        Map<Long, Map<String, Integer>> counts = store.roleCounts();
        List<EnterpriseProfile> incomplete = new ArrayList<>();
        Map<Long, List<RequiredRole>> required = new HashMap<>();
        for (EnterpriseProfile profile : profiles) {
            List<RequiredRole> needed = roles.required(profile);
            if (!PlateAssembler.missing(needed, counts.get(profile.id())).isEmpty()) {
                incomplete.add(profile);
                required.put(profile.id(), needed);
            }
        }
        long from = (long) page * size;
        if (from >= incomplete.size()) {
            return new Page<>(List.of(), page, size, incomplete.size());
        }
        List<EnterpriseProfile> slice = incomplete.subList((int) from,
                (int) Math.min(incomplete.size(), from + size));
        Map<Long, StoredPlate> stored = store.load(slice.stream().map(EnterpriseProfile::id).toList());
        List<PlateOfEnterprise> items = slice.stream()
                .map(p -> new PlateOfEnterprise(PlateAssembler.plate(p.id(), p.creditCode(), p.name(),
                        required.get(p.id()), stored.getOrDefault(p.id(), StoredPlate.EMPTY)), p))
                .toList();
        return new Page<>(items, page, size, incomplete.size());
    }

    /** The plate of an enterprise the caller may see. */
    public Plate plateOf(Enterprise enterprise) {
        EnterpriseProfile profile = enterprises.profile(enterprise);
        return PlateAssembler.plate(enterprise.id(), enterprise.creditCode(), enterprise.name(),
                roles.required(profile), store.load(enterprise.id()));
    }

    /** The enterprise with this id in the caller's scope; 404 otherwise. */
    public Enterprise enterprise(long enterpriseId, DataScope scope, String language) {
        return enterprises.get(enterpriseId, scope)
                .orElseThrow(() -> Failures.enterpriseNotFound(enterpriseId, language));
    }

    /** Whether the caller may change the plate of an enterprise they see. */
    public boolean mayEdit(Enterprise enterprise, DataScope scope) {
        return enterprises.mayEdit(enterprise, scope);
    }

    /**
     * Replaces the people of a plate: 404 outside the scope, 403 without the right to change it, 422 on bad input, 409
     * {@code stale} when someone changed it since the client read it.
     */
    public Plate replace(long enterpriseId, PlateInput input, DataScope scope, String user, String language) {
        Enterprise enterprise = enterprise(enterpriseId, scope, language);
        if (!mayEdit(enterprise, scope)) {
            throw Failures.mayNotEdit(language);
        }
        EnterpriseProfile profile = enterprises.profile(enterprise);
        List<RequiredRole> required = roles.required(profile);
        StoredPlate current = store.load(enterpriseId);
        PersonListValidator.Result valid = PersonListValidator.validate(input, allowedRoles(required, current),
                language);
        StoredPlate stored = store.replace(enterpriseId, valid.version(), valid.persons(), user)
                .orElseThrow(() -> Failures.stale(valid.version(), currentVersion(enterpriseId), language));
        Plate plate = PlateAssembler.plate(enterprise.id(), enterprise.creditCode(), enterprise.name(), required,
                stored);
        publisher.updated(plate, user); // the store's transaction has committed
        return plate;
    }

    /**
     * The roles a plate may name, each with whether several people may hold it: the roles it requires, every known
     * role, and the roles people on it already hold (a role the enterprise no longer requires, or whose department's
     * plug-in is gone, must not block saving the rest of the plate).
     */
    Map<String, Boolean> allowedRoles(List<RequiredRole> required, StoredPlate current) {
        Map<String, Boolean> allowed = new HashMap<>();
        current.persons().forEach(p -> allowed.put(p.role(), true));
        roles.known().forEach(r -> allowed.put(r.code(), r.multiple()));
        required.forEach(r -> allowed.put(r.code(), r.multiple()));
        return allowed;
    }

    /**
     * Every known role. Contributors answer per enterprise, so they are first asked about every enterprise in the
     * caller's scope; without contributors this costs nothing.
     */
    public List<RequiredRole> knownRoles(DataScope scope) {
        if (roles.hasContributors()) {
            roles.survey(enterprises.profiles(EnterpriseQuery.all(), scope));
        }
        return roles.known();
    }

    /** A known role by its code, asking the contributors about the enterprises in scope when it is not yet known. */
    public Optional<RequiredRole> knownRole(String code, DataScope scope) {
        Optional<RequiredRole> role = roles.known(code);
        if (role.isEmpty() && roles.hasContributors()) {
            roles.survey(enterprises.profiles(EnterpriseQuery.all(), scope));
            role = roles.known(code);
        }
        return role;
    }

    private Long currentVersion(long enterpriseId) {
        return store.load(enterpriseId).version();
    }
}
