package org.safegrid.plates.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safegrid.plates.internal.dto.AppraisalInput;
import org.safegrid.plates.internal.model.AppraisalData;
import org.safegrid.plates.internal.model.AppraisalResult;
import org.safegrid.plates.internal.model.FollowUp;
import org.safegrid.plates.internal.testing.Errors;

class AppraisalValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    static AppraisalData validate(AppraisalInput input) {
        return AppraisalValidator.validate(input, TODAY, id -> id == 7, "en");
    }

    static AppraisalInput input(String period, String score, String result, String followUp) {
        return new AppraisalInput(7L, period, score == null ? null : new BigDecimal(score), result, followUp, null);
    }

    @Test
    void aValidAppraisal() {
        AppraisalData data = validate(new AppraisalInput(7L, " 2026-Q3 ", new BigDecimal("92.0"), "EXCELLENT",
                "REWARD", " 全年无事故 "));
        assertEquals(new AppraisalData(7, "2026-Q3", 92, AppraisalResult.EXCELLENT, FollowUp.REWARD, "全年无事故"),
                data);
    }

    @Test
    void theFollowUpDefaultsFromTheResult() {
        assertEquals(FollowUp.ACCOUNTABILITY, validate(input("2026", "40", "FAILED", null)).followUp());
        assertEquals(FollowUp.NONE, validate(input("2026", "80", "COMPETENT", null)).followUp());
        assertEquals(FollowUp.NONE, validate(input("2026", "40", "FAILED", "NONE")).followUp(), "given wins");
    }

    @Test
    void aFailedResultIsNeverRewarded() {
        assertEquals(Map.of("followUp", "a failed appraisal cannot be followed by a reward"),
                Errors.fields(() -> validate(input("2026", "40", "FAILED", "REWARD"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026", "2026-H1", "2026-H2", "2026-Q1", "2026-Q4", "2026-01", "2026-11", "2000-12"})
    void periods(String period) {
        assertEquals(period, validate(input(period, "80", "COMPETENT", null)).period());
    }

    @ParameterizedTest
    @ValueSource(strings = {"26", "2026-13", "2026-00", "2026-Q5", "2026-H3", "2026-1", "2026/11", "1999", "2026-q1",
            "2026-H1x"})
    void badPeriods(String period) {
        Map<String, String> fields = Errors.fields(() -> validate(input(period, "80", "COMPETENT", null)));
        assertEquals(1, fields.size(), fields.toString());
        assertEquals(period.length() > 7
                ? "must be at most 7 characters"
                : "must be a period like 2026, 2026-H1, 2026-Q4 or 2026-11", fields.get("period"));
    }

    @Test
    void aPeriodThatHasNotBegun() {
        validate(input("2026-11", "80", "COMPETENT", null));
        validate(input("2026-H2", "80", "COMPETENT", null));
        for (String period : new String[]{"2026-12", "2027", "2027-Q1"}) {
            assertEquals(Map.of("period", "has not begun yet"),
                    Errors.fields(() -> validate(input(period, "80", "COMPETENT", null))), period);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "101", "85.5", "1E+1000000"})
    void badScores(String score) {
        assertEquals(Map.of("score", "must be a whole number from 0 to 100"),
                Errors.fields(() -> validate(input("2026", score, "COMPETENT", null))));
    }

    @Test
    void scoresAtTheBounds() {
        assertEquals(0, validate(input("2026", "0", "FAILED", null)).score());
        assertEquals(100, validate(input("2026", "100", "EXCELLENT", null)).score());
    }

    @Test
    void thePersonMustBeOnThePlate() {
        assertEquals("is not a person on this plate",
                Errors.fields(() -> validate(new AppraisalInput(8L, "2026", BigDecimal.TEN, "FAILED", null, null)))
                        .get("personId"));
        assertEquals("is not a person on this plate",
                Errors.fields(() -> validate(new AppraisalInput(-7L, "2026", BigDecimal.TEN, "FAILED", null, null)))
                        .get("personId"));
    }

    @Test
    void everythingMissingOrWrong() {
        Map<String, String> fields = Errors.fields(
                () -> AppraisalValidator.validate(new AppraisalInput(null, null, null, "GOOD", "FINE", "x\u0007"),
                        TODAY, id -> true, "zh-CN"));
        assertEquals("不能为空", fields.get("personId"));
        assertEquals("不能为空", fields.get("period"));
        assertEquals("不能为空", fields.get("score"));
        assertEquals("只能是以下之一：EXCELLENT, COMPETENT, FAILED", fields.get("result"));
        assertEquals("只能是以下之一：NONE, REWARD, ACCOUNTABILITY", fields.get("followUp"));
        assertEquals("不能包含换行或控制字符", fields.get("note"));
        assertNull(Errors.fields(() -> AppraisalValidator.validate(null, TODAY, id -> true, "en")).get("note"));
    }
}
