package org.safegrid.checklists.internal.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.api.security.DataScope;
import org.safegrid.checklists.api.DueState;
import org.safegrid.checklists.api.Submission;
import org.safegrid.checklists.internal.dto.ActiveInput;
import org.safegrid.checklists.internal.dto.AnswerInput;
import org.safegrid.checklists.internal.dto.ComplianceView;
import org.safegrid.checklists.internal.dto.DueListView;
import org.safegrid.checklists.internal.dto.ItemInput;
import org.safegrid.checklists.internal.dto.SubmissionInput;
import org.safegrid.checklists.internal.dto.SubmissionView;
import org.safegrid.checklists.internal.dto.TemplateInput;
import org.safegrid.checklists.internal.dto.TemplateSummary;
import org.safegrid.checklists.internal.dto.TemplateView;
import org.safegrid.checklists.internal.testing.Definitions;
import org.safegrid.checklists.internal.testing.Errors;
import org.safegrid.checklists.internal.testing.Fixture;
import org.safegrid.checklists.internal.testing.Requests;
import org.safegrid.enterprises.api.Page;

/** The resources with their services on Derby, a fake registry and a fake hazard service. */
class ResourcesTest {

    static final SecurityContext ADMIN = Requests.user("admin", "admin");
    static final SecurityContext EMERGENCY = Requests.user("li", "dept-emergency");
    static final SecurityContext CITYMGMT = Requests.user("zhao", "dept-citymgmt");
    static final SecurityContext VILLAGE = Requests.user("grid", "village-baishiyi");
    static final SecurityContext COMMITTEE = Requests.user("office", "committee");
    static final HttpHeaders EN = Requests.language("en");
    static final HttpHeaders ZH = Requests.language("zh-CN");

    static Fixture fx;
    static TemplatesResource templates;
    static DueResource due;
    static OverdueResource overdue;
    static ComplianceResource compliance;
    static SubmissionsResource submissions;
    static PhotosResource photos;

    @BeforeAll
    static void start() throws Exception {
        fx = new Fixture("rest-resources");
        fx.enterprises.add(7);
        templates = new TemplatesResource(fx.templates, fx.custom);
        due = new DueResource(fx.due, fx.checklists, fx.enterprises);
        overdue = new OverdueResource(fx.due);
        compliance = new ComplianceResource(fx.checklists, fx.enterprises);
        submissions = new SubmissionsResource(fx.recorder, fx.submissions, fx.templates, fx.photoStore, fx.photos,
                fx.enterprises);
        photos = new PhotosResource(fx.photos);
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @BeforeEach
    void clear() throws Exception {
        fx.clear();
        fx.contribute("emergency", Definitions.fuel("emergency-fuel-daily", Cadence.DAILY, "aa", "bb"),
                Definitions.fuel("emergency-fuel-monthly", Cadence.MONTHLY, "mm"));
    }

    static TemplateInput custom(String code, String department, String... items) {
        return new TemplateInput(code, "餐饮燃气检查", "Catering gas check", "WEEKLY", List.of("fuel-station"), List.of(),
                department, List.of(items).stream().map(i -> new ItemInput(i, "检查" + i, null, "EQUIPMENT",
                        "《城镇燃气管理条例》", "MAJOR")).toList(),
                null);
    }

    @Test
    void listsTemplatesWithFiltersAndPages() {
        fx.custom.create(custom("citymgmt-gas", "citymgmt", "pipes"), Caller.author(CITYMGMT), "en");
        Page<TemplateSummary> all = templates.list(null, null, null, null, null, CITYMGMT, EN);
        assertEquals(List.of("citymgmt-gas", "emergency-fuel-daily", "emergency-fuel-monthly"),
                all.items().stream().map(TemplateSummary::code).toList());
        assertEquals(List.of(true, false, false), all.items().stream().map(TemplateSummary::editable).toList());
        assertEquals(2, all.items().get(1).itemCount());
        assertEquals(1, templates.list("emergency", "monthly", "true", null, null, VILLAGE, EN).total());
        assertEquals(0, templates.list(null, null, "false", null, null, VILLAGE, EN).total());
        Page<TemplateSummary> second = templates.list(null, null, null, "1", "2", VILLAGE, EN);
        assertEquals(List.of("emergency-fuel-monthly"), second.items().stream().map(TemplateSummary::code).toList());
        assertEquals(3, second.total());
        Errors.expect(Kind.BAD_REQUEST, "bad_cadence", () -> templates.list(null, "yearly", null, null, null, ADMIN,
                EN));
        Errors.expect(Kind.BAD_REQUEST, "bad_active", () -> templates.list(null, null, "yes", null, null, ADMIN, EN));
        Errors.expect(Kind.BAD_REQUEST, "bad_size", () -> templates.list(null, null, null, null, "101", ADMIN, EN));
    }

    @Test
    void readsTheLatestVersionAndEachVersion() {
        TemplateView latest = templates.latest("emergency-fuel-daily", VILLAGE, EN);
        assertEquals(1, latest.version());
        assertEquals(List.of("fuel-station"), latest.sectors());
        assertEquals(2, latest.items().size());
        assertFalse(latest.editable());
        assertEquals(1, templates.version("emergency-fuel-daily", "1", VILLAGE, EN).version());
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> templates.version("emergency-fuel-daily", "2", VILLAGE, EN));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> templates.version("emergency-fuel-daily", "x", VILLAGE, EN));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> templates.latest("nothing", VILLAGE, EN));
    }

    @Test
    void departmentsWriteTheirOwnCustomTemplates() {
        TemplateView created = Views.template(fx.custom.create(custom("citymgmt-gas", null, "pipes"),
                Caller.author(CITYMGMT), "en"), Caller.author(CITYMGMT));
        assertEquals("citymgmt", created.department());
        assertEquals("custom", created.source());
        assertTrue(created.editable());
        Errors.expect(Kind.CONFLICT, "duplicate_template", () -> fx.custom.create(custom("citymgmt-gas", null,
                "pipes"), Caller.author(CITYMGMT), "en"));
        Errors.expect(Kind.CONFLICT, "duplicate_template", () -> fx.custom.create(custom("emergency-fuel-daily",
                "emergency", "pipes"), Caller.author(ADMIN), "en"));
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> fx.custom.create(custom("village-own", null, "pipes"),
                Caller.author(VILLAGE), "en"));
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> fx.custom.create(custom("office-own", "emergency",
                "pipes"), Caller.author(COMMITTEE), "en"));

        TemplateView v2 = templates.update("citymgmt-gas", custom(null, null, "pipes", "valves"), CITYMGMT, EN);
        assertEquals(2, v2.version());
        assertEquals(2, templates.update("citymgmt-gas", custom(null, null, "pipes", "valves"), CITYMGMT, EN)
                .version(), "unchanged: no new version");
        TemplateInput stale = new TemplateInput(null, "餐饮燃气检查", null, "WEEKLY", null, null, null,
                List.of(new ItemInput("pipes", "检查", null, "EQUIPMENT", "条例", null)), 1);
        var e = Errors.expect(Kind.CONFLICT, "stale", () -> templates.update("citymgmt-gas", stale, CITYMGMT, EN));
        assertEquals(2, e.details().get("current"));
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> templates.update("citymgmt-gas", custom(null, null,
                "pipes"), EMERGENCY, EN));
        Errors.expect(Kind.CONFLICT, "contributed_template", () -> templates.update("emergency-fuel-daily",
                custom(null, null, "pipes"), ADMIN, EN));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> templates.update("nothing", custom(null, null, "pipes"),
                ADMIN, EN));
        assertEquals(3, templates.update("citymgmt-gas", custom(null, null, "pipes", "valves", "alarm"), ADMIN, EN)
                .version(), "an administrator edits any department's template");
    }

    @Test
    void customTemplatesAreTurnedOffAndOn() {
        fx.custom.create(custom("citymgmt-gas", "citymgmt", "pipes"), Caller.author(ADMIN), "en");
        assertFalse(templates.active("citymgmt-gas", new ActiveInput(false), CITYMGMT, EN).active());
        assertFalse(templates.latest("citymgmt-gas", CITYMGMT, EN).active());
        assertTrue(templates.active("citymgmt-gas", new ActiveInput(true), ADMIN, EN).active());
        assertTrue(Errors.fields(() -> templates.active("citymgmt-gas", new ActiveInput(null), ADMIN, EN))
                .containsKey("active"));
        Errors.expect(Kind.CONFLICT, "contributed_template", () -> templates.active("emergency-fuel-daily",
                new ActiveInput(false), ADMIN, EN));
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> templates.active("citymgmt-gas", new ActiveInput(false),
                EMERGENCY, EN));
    }

    @Test
    void theDueListOfAnEnterpriseInScope() {
        DueListView list = due.due("7", null, EMERGENCY, EN);
        assertEquals(Fixture.TODAY, list.date());
        assertTrue(list.operating());
        var today = list.items().stream().filter(i -> i.period().key().equals("2026-11-27")).findFirst()
                .orElseThrow();
        assertEquals(DueState.DUE, today.state());
        assertNull(today.submissionId());
        assertEquals(1, today.templateVersion());
        assertTrue(list.items().stream().anyMatch(i -> i.state() == DueState.OVERDUE));
        assertEquals(Fixture.TODAY.minusDays(3), due.due("7", "2026-11-24", VILLAGE, EN).date());
        Errors.expect(Kind.BAD_REQUEST, "bad_date", () -> due.due("7", "2026-11-28", EMERGENCY, EN));
        Errors.expect(Kind.BAD_REQUEST, "bad_date", () -> due.due("7", "tomorrow", EMERGENCY, EN));
        Errors.expect(Kind.BAD_REQUEST, "bad_enterpriseId", () -> due.due(null, null, EMERGENCY, EN));
        Errors.expect(Kind.BAD_REQUEST, "bad_enterpriseId", () -> due.due("-3", null, EMERGENCY, EN));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> due.due("7", null, CITYMGMT, EN));
    }

    @Test
    void theOverdueListAndCompliance() {
        var page = overdue.overdue(null, null, null, null, EMERGENCY, EN);
        assertEquals(1, page.total());
        assertTrue(page.items().get(0).overdue() > 0);
        assertEquals(0, overdue.overdue(null, null, null, null, CITYMGMT, EN).total());
        Errors.expect(Kind.BAD_REQUEST, "bad_page", () -> overdue.overdue(null, null, "-1", null, ADMIN, EN));

        ComplianceView c = compliance.compliance("7", "2026-11-01", "2026-11-26", VILLAGE, EN);
        assertEquals(19, c.daily().owed(), "the working days from Monday 2 to Thursday 26 November");
        assertEquals(0, c.daily().done());
        assertEquals(0, c.monthly().owed(), "no month ended in the span");
        assertEquals(0.0, c.total().rate());
        ComplianceView defaults = compliance.compliance("7", null, null, VILLAGE, EN);
        assertEquals(Fixture.TODAY, defaults.to());
        assertEquals(Fixture.TODAY.minusDays(29), defaults.from());
        Errors.expect(Kind.BAD_REQUEST, "bad_from", () -> compliance.compliance("7", "2026-11-20", "2026-11-01",
                VILLAGE, EN));
        Errors.expect(Kind.BAD_REQUEST, "bad_from", () -> compliance.compliance("7", "2025-01-01", "2026-11-01",
                VILLAGE, EN));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> compliance.compliance("7", null, null, CITYMGMT, EN));
    }

    @Test
    void submissionsAreListedAndReadWithTheirItemsAndPhotos() {
        Submission s = fx.recorder.submit(new SubmissionInput(7L, "emergency-fuel-daily", 1, "2026-11-27",
                List.of(new AnswerInput("aa", "FAIL", "灭火器过期", null, null),
                        new AnswerInput("bb", "PASS", null, null, null))),
                DataScope.of(Set.of("dept-emergency")),
                "li", "en");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
        fx.photos.add(s.id(), "aa", new ByteArrayInputStream(jpeg), DataScope.everything(), "li", "en");

        SubmissionView view = submissions.get(String.valueOf(s.id()), VILLAGE, ZH);
        assertEquals("企业7", view.enterpriseName());
        assertEquals("清单emergency-fuel-daily", view.templateName());
        assertEquals(1, view.failedItems());
        assertEquals("检查aa", view.answers().get(0).text());
        assertEquals(fx.hazards.ids.get(0), view.answers().get(0).hazardId());
        assertNull(view.answers().get(1).hazardId());
        assertEquals(1, view.photos().size());
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> submissions.get(String.valueOf(s.id()), CITYMGMT, EN));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> submissions.get("abc", ADMIN, EN));

        var page = submissions.list("7", null, null, null, null, null, EMERGENCY, EN);
        assertEquals(1, page.total());
        assertEquals("清单emergency-fuel-daily", page.items().get(0).templateName());
        assertEquals(0, submissions.list("7", "emergency-fuel-monthly", null, null, null, null, EMERGENCY, EN)
                .total());
        assertEquals(1, submissions.list("7", null, "2026-11-27", "2026-11-27", null, null, EMERGENCY, EN).total());
        assertEquals(0, submissions.list("7", null, "2026-11-28", null, null, null, EMERGENCY, EN).total());
        assertEquals(0, submissions.list("7", null, null, "2026-11-26", null, null, EMERGENCY, EN).total());
        Errors.expect(Kind.BAD_REQUEST, "bad_enterpriseId", () -> submissions.list(null, null, null, null, null,
                null, EMERGENCY, EN));
        Errors.expect(Kind.BAD_REQUEST, "bad_from", () -> submissions.list("7", null, "2026-11-27", "2026-11-01",
                null, null, EMERGENCY, EN));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> submissions.list("7", null, null, null, null, null,
                CITYMGMT, EN));

        // (a Response needs a JAX-RS implementation: the photo's bytes are read through the service here)
        var photo = fx.photoStore.list(s.id()).get(0);
        assertArrayEquals(jpeg, fx.photos.content(s.id(), photo.id(), DataScope.of(Set.of("village-baishiyi")), "en")
                .data());
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> photos.get(String.valueOf(s.id()), "0", VILLAGE, EN));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> photos.get("x", "1", VILLAGE, EN));
    }
}
