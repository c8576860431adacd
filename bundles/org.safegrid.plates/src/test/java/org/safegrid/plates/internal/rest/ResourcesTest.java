package org.safegrid.plates.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.plate.PlateRoleContributor;
import org.safegrid.api.plate.PlateRoleRequirement;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.plates.internal.dto.AppraisalInput;
import org.safegrid.plates.internal.dto.DutyInput;
import org.safegrid.plates.internal.dto.PersonInput;
import org.safegrid.plates.internal.dto.PlateInput;
import org.safegrid.plates.internal.dto.PlateView;
import org.safegrid.plates.internal.dto.RoleDutyView;
import org.safegrid.plates.internal.dto.RoleView;
import org.safegrid.plates.internal.model.Appraisal;
import org.safegrid.plates.internal.model.FollowUp;
import org.safegrid.plates.internal.testing.Errors;
import org.safegrid.plates.internal.testing.Fixture;
import org.safegrid.plates.internal.testing.Requests;

/** The REST resources called as JAX-RS calls them, over Derby and a fake registry. */
class ResourcesTest {

    static final SecurityContext ADMIN = Requests.user("admin", "admin");
    static final SecurityContext COMMITTEE = Requests.user("office", "committee");
    static final SecurityContext CLERK = Requests.user("clerk", "dept-emergency");
    static final SecurityContext GRID = Requests.user("grid", "village-baishiyi");
    static final HttpHeaders ZH = Requests.language("zh-CN");
    static final HttpHeaders EN = Requests.language("en");

    static Fixture f;
    static PlatesResource plates;
    static PlateRolesResource roles;
    static AppraisalsResource appraisals;

    @BeforeAll
    static void start() throws Exception {
        PlateRoleContributor economic = e -> List
                .of(PlateRoleRequirement.single("safety-officer", LocalizedText.of("安全员", "Safety officer")));
        f = new Fixture("plates-rest", List.of(Map.entry(
                Map.of(Constants.SERVICE_ID, 7L, PlateRoleContributor.DEPARTMENT_PROPERTY, "economic"), economic)));
        f.enterprises.add(1, "emergency", RiskLevel.ORANGE, EnterpriseFlag.HIGH_FIRE_RISK);
        f.enterprises.add(2, "economic", RiskLevel.BLUE);
        plates = new PlatesResource(f.plates, f.store, f.duties);
        roles = new PlateRolesResource(f.plates, f.duties);
        ZoneId town = ZoneId.of("Asia/Shanghai");
        appraisals = new AppraisalsResource(f.plates, f.store, f.appraisals,
                Clock.fixed(LocalDate.of(2026, 11, 28).atStartOfDay(town).toInstant(), town));
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void clear() throws Exception {
        f.unit.clear();
    }

    static PersonInput p(String role, String name) {
        return new PersonInput(null, role, name, null, "13812345678", null, null);
    }

    static PlateView save(SecurityContext who, PersonInput... persons) {
        long version = plates.get("1", who, ZH).version();
        return plates.replace("1", new PlateInput(version, List.of(persons)), who, ZH);
    }

    @Test
    void aPlateWithDutiesAndWhetherItMayBeChanged() {
        PlateView plate = plates.get("1", CLERK, ZH);
        assertEquals(List.of("regulator", "town-official", "enterprise-head", "special-regulator"), plate.missing());
        assertFalse(plate.complete());
        assertTrue(plate.editable());
        RoleView head = plate.roles().get(2);
        assertEquals("企业主体责任人", head.name());
        assertTrue(head.duty().contains("第一责任人"), head.duty());
        assertFalse(head.filled());

        assertFalse(plates.get("1", GRID, ZH).editable(), "village users read only");
    }

    @Test
    void badOrForeignIdsAre404s() {
        for (String id : List.of("abc", "0", "-1", "1.5", "99999999999999999999999")) {
            Errors.expect(Kind.NOT_FOUND, "not_found", () -> plates.get(id, ADMIN, ZH));
        }
        var e = Errors.expect(Kind.NOT_FOUND, "not_found", () -> plates.get("2", CLERK, EN));
        assertEquals("Enterprise 2 does not exist or is not in your scope", e.getMessage());
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> plates.history("2", null, null, CLERK, ZH));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> appraisals.list("2", null, null, null, CLERK, ZH));
    }

    @Test
    void savingAnswersTheNewPlateAndKeepsHistory() {
        PlateView saved = save(CLERK, p("regulator", "王"), p("town-official", "刘"), p("enterprise-head", "张"),
                p("special-regulator", "赵"));
        assertTrue(saved.complete());
        assertTrue(saved.editable());
        assertEquals(1, saved.version());
        assertTrue(saved.roles().stream().allMatch(RoleView::filled));

        var history = plates.history("1", "0", "2", GRID, ZH);
        assertEquals(4, history.total());
        assertEquals(2, history.items().size());
        assertEquals("clerk", history.items().get(0).user());

        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> save(GRID, p("regulator", "王")));
        var stale = Errors.expect(Kind.CONFLICT, "stale",
                () -> plates.replace("1", new PlateInput(0L, List.of()), CLERK, EN));
        assertEquals("Someone else changed this plate first; reload it and try again", stale.getMessage());
        Map<String, String> fields = Errors.fields(() -> save(CLERK, p("regulator", "王"), p("regulator", "李")));
        assertEquals(Map.of("persons[1].role", "角色“regulator”只能由一人担任"), fields);
    }

    @Test
    void theIncompleteListCarriesEditable() {
        var page = plates.incomplete(null, null, null, null, null, null, null, null, null, null, null, CLERK, ZH);
        assertEquals(1, page.total());
        assertTrue(page.items().get(0).editable());
        var all = plates.incomplete(null, null, null, null, null, null, null, null, null, "0", "1", GRID, ZH);
        assertEquals(2, all.total());
        assertEquals(1, all.items().size());
        assertFalse(all.items().get(0).editable());
        var red = plates.incomplete(null, null, null, null, "RED", null, null, null, null, null, null, ADMIN, ZH);
        assertEquals(0, red.total());
        Errors.expect(Kind.BAD_REQUEST, "bad_size",
                () -> plates.incomplete(null, null, null, null, null, null, null, null, null, null, "0", ADMIN, ZH));
    }

    @Test
    void rolesAndTheirDutyStandards() {
        List<RoleDutyView> list = roles.list(ADMIN);
        assertEquals(9, list.size(), "the platform's eight and the economic office's one");
        assertEquals("regulator", list.get(0).code());
        RoleDutyView safety = list.get(8);
        assertEquals("safety-officer", safety.code());
        assertEquals("economic", safety.source());
        assertNull(safety.duty());

        Errors.expect(Kind.FORBIDDEN, "forbidden",
                () -> roles.update("regulator", new DutyInput("新标准", null), CLERK, ZH));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> roles.update("mayor", new DutyInput("x", null), ADMIN, ZH));
        assertEquals(Map.of("duty", "must be at most 2000 characters"), Errors.fields(
                () -> roles.update("regulator", new DutyInput("长".repeat(2001), null), COMMITTEE, EN)));
        assertEquals(Map.of("duty", "is required"),
                Errors.fields(() -> roles.update("regulator", null, COMMITTEE, EN)));

        RoleDutyView changed = roles.update("safety-officer", new DutyInput("负责日常安全巡查。", "Daily rounds."),
                COMMITTEE, ZH);
        assertEquals("负责日常安全巡查。", changed.duty());
        assertEquals("office", changed.updatedBy());
        assertEquals("负责日常安全巡查。", roles.list(CLERK).stream().filter(r -> r.code().equals("safety-officer"))
                .findFirst().orElseThrow().duty());
    }

    @Test
    void appraisals() {
        PlateView plate = save(CLERK, p("regulator", "王"), p("enterprise-head", "张"));
        long head = plate.persons().get(1).id();
        Appraisal appraisal = appraisals.record("1",
                new AppraisalInput(head, "2026-H1", new BigDecimal("55"), "FAILED", null, "整改不力"), CLERK, ZH);
        assertEquals(FollowUp.ACCOUNTABILITY, appraisal.followUp());
        assertEquals("enterprise-head", appraisal.role());
        assertEquals("张", appraisal.person());

        var duplicate = Errors.expect(Kind.CONFLICT, "duplicate_appraisal", () -> appraisals.record("1",
                new AppraisalInput(head, "2026-H1", BigDecimal.TEN, "FAILED", null, null), ADMIN, EN));
        assertEquals("张 already has an appraisal for this period", duplicate.getMessage());
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> appraisals.record("1",
                new AppraisalInput(head, "2026-H2", BigDecimal.TEN, "FAILED", null, null), GRID, ZH));
        assertEquals(Map.of("personId", "is not a person on this plate"), Errors.fields(() -> appraisals.record("1",
                new AppraisalInput(head + 1000, "2026-H2", BigDecimal.TEN, "FAILED", null, null), CLERK, EN)));

        var list = appraisals.list("1", String.valueOf(head), null, null, GRID, ZH);
        assertEquals(List.of(appraisal), list.items());
        Errors.expect(Kind.BAD_REQUEST, "bad_personId", () -> appraisals.list("1", "x", null, null, GRID, ZH));
    }
}
