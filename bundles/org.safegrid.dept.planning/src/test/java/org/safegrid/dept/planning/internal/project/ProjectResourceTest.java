package org.safegrid.dept.planning.internal.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.security.DataScope;
import org.safegrid.api.security.SafeGridPrincipal;
import org.safegrid.dept.planning.internal.PlanningSettings;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.Page;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.api.Village;
import org.safegrid.testing.DerbyUnit;

/** The resource's scope check: a builder must be an enterprise the caller may change. */
class ProjectResourceTest {

    static DerbyUnit unit;
    static ProjectResource resource;
    static ProjectService projects;

    /** Enterprise 5 is regulated by planning, enterprise 6 by economic. */
    static final Map<Long, Enterprise> REGISTRY = Map.of(5L, enterprise(5, "planning"), 6L, enterprise(6, "economic"));

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("planning-resource", DerbyUnit.PLANNING);
        PlanningSettings settings = PlanningSettings
                .fixed(Clock.fixed(Instant.parse("2026-11-28T01:00:00Z"), ZoneId.of("Asia/Shanghai")), 2);
        projects = new ProjectService(unit.jpa(), unit.schema(), settings);
        resource = new ProjectResource(projects, new Registry());
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    static ProjectInput input(String enterprise, String version) {
        return new ProjectInput("安置房二期", enterprise, "农科大道8号", "P-1", "2026-03-15", "2027-06-30", "FOUNDATION", "张伟",
                "13812345678", version);
    }

    @Test
    void aPlanningUserCannotFileAProjectOnAnotherDepartmentsEnterprise() throws Exception {
        long before = unit.count("SELECT COUNT(*) FROM SG_PLN_PROJECT");
        SafeGridException e = assertThrows(SafeGridException.class,
                () -> resource.create(input("6", null), user("dept-planning"), null, null));
        assertEquals(422, e.kind().status());
        assertEquals(Map.of("enterpriseId", "企业 6 不存在或不在您的监管范围内"), e.details().get("fields"));
        assertEquals(before, unit.count("SELECT COUNT(*) FROM SG_PLN_PROJECT"), "nothing stored");
    }

    @Test
    void updatesCheckTheBuilderTooAndUnknownProjectsAre404() {
        ProjectDto saved = projects.create(ProjectValidator.validate(input("5", null), "zh", id -> Optional.of("建工5"),
                false), "wang");
        SafeGridException moved = assertThrows(SafeGridException.class, () -> resource
                .update(String.valueOf(saved.id()), input("6", String.valueOf(saved.version())), user("dept-planning"),
                        null));
        assertEquals(422, moved.kind().status());
        ProjectDto byAdmin = resource.update(String.valueOf(saved.id()), input("6", String.valueOf(saved.version())),
                user("admin"), null);
        assertEquals(6, byAdmin.enterpriseId(), "the town-wide scope may pick any builder");
        assertEquals(404, assertThrows(SafeGridException.class,
                () -> resource.update("999999", input("5", "1"), user("dept-planning"), null)).kind().status());
        assertEquals(404, assertThrows(SafeGridException.class, () -> resource.get("x")).kind().status());
    }

    static SecurityContext user(String role) {
        SafeGridPrincipal principal = new SafeGridPrincipal() {
            @Override
            public String getName() {
                return "u-" + role;
            }

            @Override
            public Set<String> roles() {
                return Set.of(role);
            }
        };
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String r) {
                return role.equals(r);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
    }

    static Enterprise enterprise(long id, String department) {
        return new Enterprise(id, "91500106000000000" + id, "建工" + id, "白市驿镇", "baishiyi", "construction-site",
                department, null, 80, false, EnterpriseStatus.OPERATING, RiskLevel.YELLOW, Set.of(), List.of(), 1,
                Instant.EPOCH, Instant.EPOCH);
    }

    /** Answers within the scope, as the registry does. */
    static final class Registry implements EnterpriseService {
        @Override
        public Optional<Enterprise> get(long id, DataScope scope) {
            return Optional.ofNullable(REGISTRY.get(id))
                    .filter(e -> scope.sees(e.department(), e.secondDepartment(), e.village()));
        }

        @Override
        public boolean mayEdit(Enterprise e, DataScope scope) {
            return scope.edits(e.department(), e.secondDepartment());
        }

        @Override
        public Page<Enterprise> find(EnterpriseQuery query, DataScope scope) {
            return new Page<>(List.of(), 0, 20, 0);
        }

        @Override
        public Optional<Enterprise> byCreditCode(String creditCode) {
            return Optional.empty();
        }

        @Override
        public List<EnterpriseProfile> profiles(EnterpriseQuery query, DataScope scope) {
            return List.of();
        }

        @Override
        public EnterpriseProfile profile(Enterprise enterprise) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Village> villages() {
            return List.of();
        }

        @Override
        public List<Sector> sectors() {
            return List.of();
        }
    }
}
