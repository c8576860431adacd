package org.safegrid.checklists.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.checklists.internal.dto.ActiveInput;
import org.safegrid.checklists.internal.dto.ItemInput;
import org.safegrid.checklists.internal.dto.TemplateInput;
import org.safegrid.checklists.internal.dto.TemplateView;
import org.safegrid.checklists.internal.testing.Errors;
import org.safegrid.checklists.internal.testing.Fixture;
import org.safegrid.checklists.internal.testing.Requests;

/**
 * Each department's templates are its own: for every pair of the town's departments, the other one may not create,
 * edit or retire them (403, nothing changed); the committee office reads them all and changes none.
 */
class TemplateOwnershipTest {

    static final List<String> DEPARTMENTS = List.of("emergency", "planning", "economic", "culture", "agriculture",
            "citymgmt");
    static final HttpHeaders EN = Requests.language("en");
    static final SecurityContext COMMITTEE = Requests.user("office", "committee");

    static Fixture fx;
    static TemplatesResource templates;

    @BeforeAll
    static void start() throws Exception {
        fx = new Fixture("template-ownership");
        templates = new TemplatesResource(fx.templates, fx.custom);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @BeforeEach
    void clear() throws Exception {
        fx.clear();
        for (String department : DEPARTMENTS) {
            fx.custom.create(input(department + "-own", department, "aa"), Caller.author(staff(department)), "en");
        }
    }

    static SecurityContext staff(String department) {
        return Requests.user("staff-" + department, "dept-" + department);
    }

    static TemplateInput input(String code, String department, String... items) {
        return new TemplateInput(code, "自查清单", "Checklist", "WEEKLY", List.of("fuel-station"), List.of(), department,
                List.of(items).stream().map(i -> new ItemInput(i, "检查" + i, null, "EQUIPMENT", "《安全生产法》", null))
                        .toList(),
                null);
    }

    static TemplateInput edit(String... items) {
        return input(null, null, items);
    }

    @Test
    void noDepartmentChangesAnothersTemplates() throws Exception {
        for (String owner : DEPARTMENTS) {
            for (String other : DEPARTMENTS) {
                if (owner.equals(other)) {
                    continue;
                }
                SecurityContext intruder = staff(other);
                String code = owner + "-own";
                SafeGridException created = Errors.expect(Kind.FORBIDDEN, "forbidden",
                        () -> fx.custom.create(input(other + "-for-" + owner, owner, "xx"), Caller.author(intruder),
                                "en"));
                assertEquals("You may not write checklist templates for another department", created.getMessage());
                Errors.expect(Kind.FORBIDDEN, "forbidden",
                        () -> templates.update(code, edit("aa", "bb"), intruder, EN));
                Errors.expect(Kind.FORBIDDEN, "forbidden",
                        () -> templates.active(code, new ActiveInput(false), intruder, EN));
                TemplateView unchanged = templates.latest(code, intruder, EN);
                assertEquals(1, unchanged.version(), owner + " by " + other);
                assertTrue(unchanged.active());
                assertFalse(unchanged.editable());
            }
        }
        assertEquals(DEPARTMENTS.size(), fx.unit.count("SELECT COUNT(*) FROM SG_CHK_TEMPLATE"), "nothing was stored");
    }

    @Test
    void theCommitteeReadsEveryTemplateAndChangesNone() {
        assertEquals(DEPARTMENTS.size(), templates.list(null, null, null, null, null, COMMITTEE, EN).total());
        for (String department : DEPARTMENTS) {
            String code = department + "-own";
            TemplateView read = templates.latest(code, COMMITTEE, EN);
            assertEquals(department, read.department());
            assertFalse(read.editable());
            Errors.expect(Kind.FORBIDDEN, "forbidden", () -> templates.update(code, edit("aa", "bb"), COMMITTEE, EN));
            Errors.expect(Kind.FORBIDDEN, "forbidden",
                    () -> templates.active(code, new ActiveInput(false), COMMITTEE, EN));
        }
        Errors.expect(Kind.FORBIDDEN, "forbidden",
                () -> fx.custom.create(input("office-own", "emergency", "aa"), Caller.author(COMMITTEE), "en"));
    }

    @Test
    void theOwnerStillChangesItsOwn() {
        assertEquals(2, templates.update("planning-own", edit("aa", "bb"), staff("planning"), EN).version());
        assertFalse(templates.active("planning-own", new ActiveInput(false), staff("planning"), EN).active());
    }
}
