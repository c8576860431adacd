package org.safegrid.api.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "138 1234 5678", "+8613812345678", "+86 138 1234 5678", "008613812345678",
            "023-65671234", "02365671234", "(023)65671234", "(023) 6567 1234", "0755-2345678", "65671234",
            "023-65671234-8001", "023-65671234转8001"})
    void accepts(String number) {
        assertTrue(PhoneNumbers.isValid(number), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1381234567", "138123456789", "12812345678", "110", "023-1234567",
            "phone", "13812345678; DROP TABLE", "+1 202 555 0100", "023--65671234", "0236567123456789"})
    void rejects(String number) {
        assertFalse(PhoneNumbers.isValid(number), number);
    }
}
