package org.safegrid.enforcement.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.api.EnforcementCase;
import org.safegrid.enforcement.api.EnforcementEvents;
import org.safegrid.enforcement.api.InspectionFrequency;
import org.safegrid.enforcement.api.RepeatOffender;
import org.safegrid.enforcement.internal.dto.CaseInput;
import org.safegrid.enforcement.internal.dto.PenaltyInput;
import org.safegrid.enforcement.internal.dto.ReinspectionInput;
import org.safegrid.enforcement.internal.testing.Fixture;
import org.safegrid.enterprises.api.Page;
import org.safegrid.enterprises.api.RiskLevel;

/** 累犯从重: a repeat offence flags the enterprise, raises its inspection frequency and aggravates later penalties. */
class RepeatOffenderTest {

    static final DataScope CLERK = DataScope.of(Set.of("dept-emergency"));
    static Fixture f;

    @BeforeAll
    static void start() throws Exception {
        f = new Fixture("enforcement-repeat");
        f.enterprises.add(1, "emergency", null, "baishiyi", RiskLevel.ORANGE);
        f.enterprises.add(2, "planning", null, "qinglong", RiskLevel.RED);
    }

    @AfterAll
    static void stop() {
        f.close();
    }

    @BeforeEach
    void reset() throws Exception {
        f.reset();
    }

    static long open(long enterpriseId, String kind, DataScope scope) {
        return f.cases.open(new CaseInput(enterpriseId, null, kind, "描述", f.clock.today().plusDays(5).toString()),
                scope, "clerk", "zh-CN").id();
    }

    static EnforcementCase penalise(long id) {
        f.steps.reinspect(id, new ReinspectionInput(f.clock.today().toString(), false, null), CLERK, "clerk", "en");
        return f.steps.penalise(id, new PenaltyInput(new BigDecimal("2000"), "第一百零二条", null), CLERK, "chief", "en");
    }

    @Test
    void theSameKindAgainFlagsTheEnterprise() {
        assertEquals(new InspectionFrequency(1, "ORANGE", 2, false, null, 2, 2),
                f.service.frequency(1, CLERK).orElseThrow());
        long first = open(1, "fire-exit-blocked", CLERK);
        assertFalse(f.service.enforcementCase(first, CLERK).orElseThrow().aggravated());
        assertFalse(f.service.isRepeatOffender(1, f.clock.today()));

        f.clock.set(Fixture.TODAY.plusDays(100));
        long second = open(1, "Fire Exit Blocked", CLERK);
        EnforcementCase repeat = f.service.enforcementCase(second, CLERK).orElseThrow();
        assertTrue(repeat.aggravated());
        assertEquals(first, repeat.repeatOfCaseId());
        LocalDate windowEnd = Fixture.TODAY.plusDays(100 + 365);

        Event flagged = f.events.last(EnforcementEvents.REPEAT_OFFENDER);
        assertEquals(second, flagged.getProperty(EnforcementEvents.CASE_ID));
        assertEquals(first, flagged.getProperty(EnforcementEvents.EARLIER_CASE_ID));
        assertEquals(windowEnd.toString(), flagged.getProperty(EnforcementEvents.WINDOW_END));
        assertEquals(1L, flagged.getProperty(EnforcementEvents.ENTERPRISE_ID));
        assertEquals("emergency", flagged.getProperty(EnforcementEvents.DEPARTMENT));
        assertEquals("clerk", flagged.getProperty(EnforcementEvents.USER));
        assertEquals(List.of(EnforcementEvents.ORDER_ISSUED, EnforcementEvents.ORDER_ISSUED,
                EnforcementEvents.REPEAT_OFFENDER), f.events.topics());

        InspectionFrequency raised = f.service.frequency(1, CLERK).orElseThrow();
        assertEquals(new InspectionFrequency(1, "ORANGE", 2, true, windowEnd, 2, 4), raised);
        assertTrue(f.service.isRepeatOffender(1, windowEnd));
        assertFalse(f.service.isRepeatOffender(1, windowEnd.plusDays(1)));

        Page<RepeatOffender> list = f.service.repeatOffenders(true, CLERK, 0, 20);
        assertEquals(1, list.total());
        RepeatOffender offender = list.items().get(0);
        assertEquals("fire-exit-blocked", offender.violationKind());
        assertEquals(second, offender.caseId());
        assertEquals(first, offender.earlierCaseId());
        assertTrue(offender.active());
        assertEquals(0, f.service.repeatOffenders(true, DataScope.of(Set.of("dept-planning")), 0, 20).total());
        assertEquals(1, f.service.repeatOffenders(false, DataScope.of(Set.of("village-baishiyi")), 0, 20).total());
    }

    @Test
    void laterPenaltiesOfARepeatOffenderAreAggravated() {
        long unrelated = open(1, "extinguisher-expired", CLERK);
        open(1, "fire-exit-blocked", CLERK);
        long repeat = open(1, "fire-exit-blocked", CLERK);
        // the repeating case itself
        EnforcementCase penalised = penalise(repeat);
        assertTrue(penalised.penalty().aggravated());
        assertTrue(penalised.aggravated());
        // a case of another kind, opened before the flag, penalised while the flag is in force
        EnforcementCase other = f.service.enforcementCase(unrelated, CLERK).orElseThrow();
        assertFalse(other.aggravated());
        EnforcementCase otherPenalised = penalise(unrelated);
        assertTrue(otherPenalised.penalty().aggravated());
        assertTrue(otherPenalised.aggravated());
        assertEquals(Boolean.TRUE, f.events.last(EnforcementEvents.PENALTY_DECIDED)
                .getProperty(EnforcementEvents.AGGRAVATED));
    }

    @Test
    void afterTheWindowPenaltiesAreNoLongerAggravatedAndTheFrequencyDrops() {
        open(1, "k", CLERK);
        open(1, "k", CLERK);
        f.clock.set(Fixture.TODAY.plusDays(366));
        long later = open(1, "other", CLERK);
        assertFalse(penalise(later).penalty().aggravated());
        InspectionFrequency f1 = f.service.frequency(1, CLERK).orElseThrow();
        assertFalse(f1.repeatOffender());
        assertNull(f1.repeatUntil());
        assertEquals(2, f1.required());
        assertEquals(0, f.service.repeatOffenders(true, CLERK, 0, 20).total());
        assertFalse(f.service.repeatOffenders(false, CLERK, 0, 20).items().get(0).active());
    }

    @Test
    void aRepeatAtAnotherEnterpriseOrOfAnotherKindIsNone() {
        open(1, "k", CLERK);
        open(1, "j", CLERK);
        open(2, "k", DataScope.everything());
        assertFalse(f.service.isRepeatOffender(1, f.clock.today()));
        assertFalse(f.service.isRepeatOffender(2, f.clock.today()));
        assertTrue(f.events.topics().stream().noneMatch(EnforcementEvents.REPEAT_OFFENDER::equals));
    }

    @Test
    void frequencyOutsideTheScopeIsNotFound() {
        assertTrue(f.service.frequency(2, CLERK).isEmpty());
        assertEquals(4, f.service.frequency(2, DataScope.everything()).orElseThrow().required());
        assertTrue(f.service.frequency(999, DataScope.everything()).isEmpty());
    }
}
