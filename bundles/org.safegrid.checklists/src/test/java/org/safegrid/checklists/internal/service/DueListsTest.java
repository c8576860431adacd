package org.safegrid.checklists.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.security.DataScope;
import org.safegrid.checklists.api.Compliance;
import org.safegrid.checklists.api.DueState;
import org.safegrid.checklists.api.Period;
import org.safegrid.checklists.api.Template;
import org.safegrid.checklists.internal.cadence.Periods;
import org.safegrid.checklists.internal.model.DueEntry;
import org.safegrid.checklists.internal.model.NewAnswer;
import org.safegrid.checklists.internal.model.NewSubmission;
import org.safegrid.checklists.internal.model.OverdueRow;
import org.safegrid.checklists.internal.testing.Definitions;
import org.safegrid.checklists.internal.testing.Fixture;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.Page;

/** Due lists, the overdue list and compliance on Derby, with the registry faked. */
class DueListsTest {

    static final Instant REGISTERED = Instant.parse("2025-01-01T00:00:00Z");
    static Fixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = new Fixture("service-due");
        for (long id = 1; id <= 30; id++) {
            fx.enterprises.add(id, id % 2 == 0 ? "emergency" : "planning", id <= 20 ? "baishiyi" : "haitang",
                    id == 3 ? "hazardous-chemicals" : "fuel-station",
                    id == 5 ? EnterpriseStatus.SUSPENDED : EnterpriseStatus.OPERATING, REGISTERED);
        }
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @BeforeEach
    void clear() throws Exception {
        fx.clear();
        fx.contribute("emergency", Definitions.fuel("fuel-daily", Cadence.DAILY, "aa"),
                Definitions.fuel("fuel-weekly", Cadence.WEEKLY, "ww"));
    }

    void submit(long enterprise, String code, Cadence cadence, String day) {
        Period period = Periods.of(cadence, LocalDate.parse(day));
        fx.submissions.create(new NewSubmission(enterprise, code, 1, period,
                List.of(new NewAnswer(cadence == Cadence.DAILY ? "aa" : "ww",
                        org.safegrid.checklists.api.AnswerResult.PASS, null)),
                "li")).orElseThrow();
    }

    @Test
    void anEnterprisesDueList() {
        submit(2, "fuel-daily", Cadence.DAILY, "2026-11-27");
        submit(2, "fuel-daily", Cadence.DAILY, "2026-11-25");
        submit(2, "fuel-daily", Cadence.DAILY, "2026-10-20"); // outside the window: read nowhere
        List<DueEntry> due = fx.due.due(fx.enterprises.get(2, DataScope.everything()).orElseThrow(), Fixture.TODAY);
        DueEntry today = due.stream().filter(e -> e.period().key().equals("2026-11-27")).findFirst().orElseThrow();
        assertEquals(DueState.DONE, today.state());
        assertTrue(due.stream().anyMatch(e -> e.period().key().equals("2026-11-26") && e.state() == DueState.OVERDUE));
        assertTrue(due.stream().noneMatch(e -> e.period().key().equals("2026-11-25")));
        assertTrue(due.stream().anyMatch(e -> e.period().key().equals("2026-W48") && e.state() == DueState.DUE));
        assertTrue(fx.due.due(fx.enterprises.get(5, DataScope.everything()).orElseThrow(), Fixture.TODAY).isEmpty(),
                "a suspended enterprise owes nothing");
    }

    @Test
    void theOverdueListPagesEnterprisesWithAFixedNumberOfQueries() {
        submit(2, "fuel-daily", Cadence.DAILY, "2026-11-23");
        submit(2, "fuel-daily", Cadence.DAILY, "2026-11-24");
        submit(2, "fuel-weekly", Cadence.WEEKLY, "2026-11-16");
        int findCalls = fx.enterprises.findCalls.get();
        int dbCalls = fx.jpa.calls.get();
        Page<OverdueRow> page = fx.due.overdue(null, null, 0, 10, DataScope.everything());
        assertEquals(1, fx.enterprises.findCalls.get() - findCalls, "one page of the registry");
        assertEquals(2, fx.jpa.calls.get() - dbCalls, "the templates and the page's submissions");
        assertEquals(29, page.total(), "operating enterprises only");
        assertEquals(10, page.items().size());
        // the window is Friday 20 to Thursday 26 November: 5 working days and one week (W47)
        OverdueRow two = page.items().stream().filter(r -> r.enterpriseId() == 2).findFirst().orElseThrow();
        assertEquals(6, two.owed());
        assertEquals(3, two.done());
        assertEquals(3, two.overdue());
        OverdueRow chemicals = page.items().stream().filter(r -> r.enterpriseId() == 3).findFirst().orElseThrow();
        assertEquals(0, chemicals.owed(), "no template applies to it");
    }

    @Test
    void theOverdueListFollowsScopeAndFilters() {
        Page<OverdueRow> emergency = fx.due.overdue(null, null, 0, 100, DataScope.of(Set.of("dept-emergency")));
        assertTrue(emergency.items().stream().allMatch(r -> r.department().equals("emergency")));
        assertEquals(15, emergency.total());
        Page<OverdueRow> haitang = fx.due.overdue("haitang", "planning", 0, 100, DataScope.everything());
        assertEquals(5, haitang.total());
        assertTrue(fx.due.overdue(null, null, 5, 100, DataScope.everything()).items().isEmpty());
    }

    @Test
    void complianceReadsTheSpanInOneQuery() {
        for (String day : List.of("2026-11-02", "2026-11-03", "2026-11-04")) {
            submit(2, "fuel-daily", Cadence.DAILY, day);
        }
        submit(2, "fuel-weekly", Cadence.WEEKLY, "2026-11-02");
        int before = fx.jpa.calls.get();
        Compliance c = fx.checklists.compliance(fx.enterprises.profile(fx.enterprises.get(2, DataScope.everything())
                .orElseThrow()), LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-27"));
        assertEquals(2, fx.jpa.calls.get() - before, "the enterprise's submissions and the templates");
        assertEquals(new Compliance.Count(19, 3), c.daily(), "20 working days, today's not yet due");
        assertEquals(new Compliance.Count(4, 1), c.weekly(), "W44 (ends 1 November) to W47 ended");
        assertEquals(new Compliance.Count(0, 0), c.monthly());
    }

    @Test
    void templatesForAnEnterprise() {
        List<Template> templates = fx.checklists.templatesFor(fx.enterprises.profile(fx.enterprises.get(2,
                DataScope.everything()).orElseThrow()));
        assertEquals(Set.of("fuel-daily", "fuel-weekly"), Set.copyOf(templates.stream().map(Template::code).toList()));
        assertEquals(1, templates.get(0).items().size());
        assertTrue(fx.checklists.templatesFor(fx.enterprises.profile(fx.enterprises.get(3, DataScope.everything())
                .orElseThrow())).isEmpty());
        assertEquals("2026-W48", fx.checklists.periodOf(Cadence.WEEKLY, Fixture.TODAY).key());
        assertTrue(fx.checklists.template("fuel-daily", 1).isPresent());
        assertTrue(fx.checklists.template("fuel-daily", 2).isEmpty());
    }
}
