package org.safegrid.plates.print.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneMaskTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // mobiles keep the first three and the last four digits
            "13812345678|138****5678", "138 1234 5678|138****5678", "+8613812345678|138****5678",
            "+86-19912345678|199****5678",
            // landlines keep the area code and the last four digits, never the extension
            "023-65671234|023-****1234", "(023)65671234|023-****1234", "02365671234|023-****1234",
            "010-8765432|010-****5432", "023-65671234-8001|023-****1234", "023-65671234转8001|023-****1234",
            "65671234|****1234", "0755-23456789|0755-****6789", "075523456789|0755-****6789",
            // anything else keeps two digits
            "12345|****45", "ab|****", "110|****10"})
    void masks(String phone, String masked) {
        assertEquals(masked, PhoneMask.mask(phone));
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void noNumberIsADash(String phone) {
        assertEquals("—", PhoneMask.mask(phone));
        assertEquals("—", PhoneMask.mask(null));
    }
}
