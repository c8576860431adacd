package org.safegrid.plates.internal.roles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.plate.PlateRoleContributor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The roles plates know: the platform's eight and those the departments' {@link PlateRoleContributor}s add. Contributors
 * come and go with their bundles; a contributed role is known once some contributor has required it of some enterprise
 * (contributors only answer per enterprise) and as long as that contributor is registered.
 */
@Component(service = RoleCatalog.class)
public class RoleCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(RoleCatalog.class);
    private static final int MAX_REPORTED = 1000;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile List<Map.Entry<Map<String, Object>, PlateRoleContributor>> contributors = List.of();

    /** Contributed roles seen so far, by code, with the service id of the contributor that required them. */
    private final Map<String, Learned> learned = new ConcurrentHashMap<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    private record Learned(long serviceId, RequiredRole role) {
    }

    public RoleCatalog() {
    }

    /** For tests: a catalog with these contributors, each with its service properties. */
    RoleCatalog(List<Map.Entry<Map<String, Object>, PlateRoleContributor>> contributors) {
        this.contributors = List.copyOf(contributors);
    }

    /** The roles this enterprise's plate requires, in display order. */
    public List<RequiredRole> required(EnterpriseProfile enterprise) {
        List<RoleRules.Contributor> current = current();
        RoleRules.Result result = RoleRules.required(enterprise, current);
        result.problems().forEach(this::report);
        for (RequiredRole role : result.roles()) {
            Long serviceId = result.contributedBy().get(role.code());
            if (serviceId != null) {
                learned.put(role.code(), new Learned(serviceId, role));
            }
        }
        return result.roles();
    }

    /** Whether any contributor is registered. */
    public boolean hasContributors() {
        return !contributors.isEmpty();
    }

    /** Asks the contributors about each enterprise, so that every role they require becomes known. */
    public void survey(Collection<EnterpriseProfile> enterprises) {
        if (hasContributors()) {
            enterprises.forEach(this::required);
        }
    }

    /** A role by its code: a platform role, or a contributed one a registered contributor has required. */
    public Optional<RequiredRole> known(String code) {
        Optional<RequiredRole> platform = PlatformRoles.find(code);
        if (platform.isPresent() || code == null) {
            return platform;
        }
        Learned seen = learned.get(code);
        return seen != null && registered().contains(seen.serviceId())
                ? Optional.of(seen.role())
                : Optional.empty();
    }

    /** Every known role: the platform's in display order, then the contributed ones by department and code. */
    public List<RequiredRole> known() {
        Set<Long> registered = registered();
        List<RequiredRole> roles = new ArrayList<>(PlatformRoles.all());
        learned.values()
                .stream()
                .filter(l -> registered.contains(l.serviceId()))
                .map(Learned::role)
                .sorted(Comparator.comparing(RequiredRole::source).thenComparing(RequiredRole::code))
                .forEach(roles::add);
        return roles;
    }

    private void report(RoleRules.Problem problem) {
        if (reported.size() < MAX_REPORTED && reported.add(problem.key())) {
            if (problem.cause() == null) {
                LOG.warn("{}", problem.message());
            } else {
                LOG.warn("{}", problem.message(), problem.cause());
            }
        } else {
            LOG.debug("{}", problem.message());
        }
    }

    private Set<Long> registered() {
        return current().stream().map(RoleRules.Contributor::serviceId).collect(Collectors.toSet());
    }

    /** The registered contributors, highest service ranking first, then in the order they were registered. */
    private List<RoleRules.Contributor> current() {
        List<Map.Entry<Map<String, Object>, PlateRoleContributor>> entries = contributors;
        if (entries.isEmpty()) {
            return List.of();
        }
        return entries.stream()
                .sorted((a, b) -> ranking(a.getKey()) != ranking(b.getKey())
                        ? Integer.compare(ranking(b.getKey()), ranking(a.getKey()))
                        : Long.compare(serviceId(a.getKey()), serviceId(b.getKey())))
                .map(e -> new RoleRules.Contributor(serviceId(e.getKey()), department(e.getKey()), e.getValue()))
                .toList();
    }

    private static long serviceId(Map<String, Object> properties) {
        return properties.get(Constants.SERVICE_ID) instanceof Number n ? n.longValue() : -1;
    }

    private static int ranking(Map<String, Object> properties) {
        return properties.get(Constants.SERVICE_RANKING) instanceof Integer i ? i : 0;
    }

    /** The department property: a string, or an array or collection of exactly one string. */
    static String department(Map<String, Object> properties) {
        Object value = properties.get(PlateRoleContributor.DEPARTMENT_PROPERTY);
        if (value instanceof String s) {
            return s.isBlank() ? null : s.strip();
        }
        if (value instanceof String[] array && array.length == 1) {
            return department(Map.of(PlateRoleContributor.DEPARTMENT_PROPERTY, array[0]));
        }
        if (value instanceof Collection<?> collection && collection.size() == 1
                && collection.iterator().next() instanceof String s) {
            return department(Map.of(PlateRoleContributor.DEPARTMENT_PROPERTY, s));
        }
        return null;
    }
}
