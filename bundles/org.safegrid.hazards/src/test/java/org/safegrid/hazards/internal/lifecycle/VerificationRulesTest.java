package org.safegrid.hazards.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.security.DataScope;
import org.safegrid.hazards.internal.lifecycle.VerificationRules.Refusal;

/** Who may verify a hazard of an enterprise regulated by emergency, second department planning. */
class VerificationRulesTest {

    static Optional<Refusal> check(String user, String... roles) {
        return VerificationRules.check(DataScope.of(Set.of(roles)), "emergency", "planning", "reporter", user);
    }

    @Test
    void adminCommitteeAndBothRegulatingDepartmentsMayVerify() {
        assertEquals(Optional.empty(), check("a", "admin"));
        assertEquals(Optional.empty(), check("c", "committee"));
        assertEquals(Optional.empty(), check("e", "dept-emergency"));
        assertEquals(Optional.empty(), check("p", "dept-planning"));
        assertEquals(Optional.empty(), check("x", "dept-economic", "dept-planning"));
    }

    @Test
    void theReporterNeverVerifiesTheirOwnHazard() {
        assertEquals(Optional.of(Refusal.OWN_HAZARD), check("reporter", "admin"));
        assertEquals(Optional.of(Refusal.OWN_HAZARD), check("reporter", "dept-emergency"));
        assertEquals(Optional.of(Refusal.OWN_HAZARD), check(null, "committee"));
    }

    @Test
    void villageUsersReportButDoNotVerify() {
        assertEquals(Optional.of(Refusal.NOT_VERIFIER), check("v", "village-baishiyi"));
        assertEquals(Optional.of(Refusal.NOT_VERIFIER), check("reporter", "village-baishiyi"));
    }

    @Test
    void anotherDepartmentMayNotVerify() {
        assertEquals(Optional.of(Refusal.NOT_VERIFIER), check("x", "dept-economic"));
        assertEquals(Optional.of(Refusal.NOT_VERIFIER), check("x", "dept-citymgmt", "village-haitang"));
        assertEquals(Optional.of(Refusal.NOT_VERIFIER), check("x"));
    }

    @Test
    void withoutASecondDepartmentOnlyTheFirstCounts() {
        DataScope planning = DataScope.of(Set.of("dept-planning"));
        assertFalse(VerificationRules.mayVerify(planning, "emergency", null, "reporter", "p"));
        assertTrue(VerificationRules.mayVerify(planning, "planning", null, "reporter", "p"));
    }
}
