package org.safegrid.enforcement.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.enforcement.api.NewCase;
import org.safegrid.enforcement.internal.dto.CaseInput;
import org.safegrid.enforcement.internal.dto.PenaltyInput;
import org.safegrid.enforcement.internal.dto.RectifiedInput;
import org.safegrid.enforcement.internal.dto.RefusalInput;
import org.safegrid.enforcement.internal.dto.ReinspectionInput;
import org.safegrid.enforcement.internal.model.Steps;
import org.safegrid.enforcement.internal.testing.Errors;

/** The checks of each step, in both languages. */
class CaseValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    static NewCase order(CaseInput input, String language) {
        InputReader reader = new InputReader(language);
        NewCase order = CaseValidator.order(input, TODAY, reader);
        reader.throwIfInvalid();
        return order;
    }

    @Test
    void aGoodOrder() {
        NewCase order = order(new CaseInput(7L, null, " Fire exit  blocked ", "安全出口堵塞", "2026-11-28"), "zh-CN");
        assertEquals(new NewCase(7, null, "fire-exit-blocked", "安全出口堵塞", TODAY), order);
    }

    @Test
    void aDeadlineInThePastIsRefused() {
        Map<String, String> fields = Errors
                .fields(() -> order(new CaseInput(7L, null, "k", "d", "2026-11-27"), "zh-CN"));
        assertEquals("整改期限不能早于今天", fields.get("deadline"));
        assertEquals("the deadline must be today or later",
                Errors.fields(() -> order(new CaseInput(7L, null, "k", "d", "2026-11-27"), "en")).get("deadline"));
    }

    @Test
    void aDeadlineYearsAheadIsATypo() {
        assertTrue(Errors.fields(() -> order(new CaseInput(7L, null, "k", "d", "2062-11-28"), "en")).get("deadline")
                .startsWith("must not be later than 2027-"));
    }

    @Test
    void everyMissingFieldIsNamed() {
        Map<String, String> fields = Errors.fields(() -> order(null, "en"));
        assertEquals(Map.of("enterpriseId", "is required", "violationKind", "is required", "description",
                "is required", "deadline", "is required"), fields);
    }

    @Test
    void malformedValues() {
        Map<String, String> fields = Errors.fields(
                () -> order(new CaseInput(-1L, 0L, "x".repeat(61), "d\u0007", "28/11/2026"), "en"));
        assertEquals("must be a positive whole number", fields.get("enterpriseId"));
        assertEquals("must be a positive whole number", fields.get("inspectionId"));
        assertEquals("must be at most 60 characters", fields.get("violationKind"));
        assertEquals("must not contain line breaks or control characters", fields.get("description"));
        assertEquals("must be a date like 2026-11-28", fields.get("deadline"));
    }

    @Test
    void aPenaltyWithoutLegalBasisFailsWithItsOwnCode() {
        InputReader reader = new InputReader("zh-CN");
        CaseValidator.penalty(new PenaltyInput(new BigDecimal("5000"), "  ", null), reader);
        SafeGridException e = Errors.expect(SafeGridException.Kind.INVALID, "legal_basis_missing",
                reader::throwIfInvalidPenalty);
        assertEquals("处罚决定必须写明法律依据", e.getMessage());
        assertEquals(Map.of("legalBasis", "不能为空"), e.details().get("fields"));
    }

    @Test
    void aPenaltyWithoutLegalBasisAndAmountNamesBoth() {
        InputReader reader = new InputReader("en");
        CaseValidator.penalty(new PenaltyInput(null, null, null), reader);
        SafeGridException e = Errors.expect(SafeGridException.Kind.INVALID, "legal_basis_missing",
                reader::throwIfInvalidPenalty);
        assertEquals(Map.of("legalBasis", "is required", "amount", "is required"), e.details().get("fields"));
    }

    @Test
    void aPenaltyWithItsLegalBasisButABadAmountIsAnOrdinaryValidationFailure() {
        for (String amount : new String[]{"0", "-5", "1.005", "1000000000000"}) {
            InputReader reader = new InputReader("en");
            CaseValidator.penalty(new PenaltyInput(new BigDecimal(amount), "《安全生产法》第一百零二条", null), reader);
            SafeGridException e = Errors.expect(SafeGridException.Kind.INVALID, "validation_failed",
                    reader::throwIfInvalidPenalty);
            assertTrue(((Map<?, ?>) e.details().get("fields")).containsKey("amount"), amount);
        }
    }

    @Test
    void aGoodPenaltyKeepsTheFen() {
        InputReader reader = new InputReader("en");
        Steps.Penalise p = CaseValidator.penalty(new PenaltyInput(new BigDecimal("5000.5"), " 第一百零二条 ", "n"),
                reader);
        reader.throwIfInvalidPenalty();
        assertEquals(new BigDecimal("5000.50"), p.amount());
        assertEquals("第一百零二条", p.legalBasis());
    }

    @Test
    void aRefusalNeedsItsLegalBasisAndAFirstDayNotBeforeThePenalty() {
        InputReader reader = new InputReader("en");
        CaseValidator.refusal(new RefusalInput(new BigDecimal("100"), null, "2026-11-19", null), TODAY,
                LocalDate.of(2026, 11, 20), reader);
        SafeGridException e = Errors.expect(SafeGridException.Kind.INVALID, "legal_basis_missing",
                reader::throwIfInvalidPenalty);
        assertEquals(Map.of("legalBasis", "is required", "startsOn", "must not be earlier than 2026-11-20"),
                e.details().get("fields"));

        InputReader ok = new InputReader("en");
        Steps.StartDaily daily = CaseValidator.refusal(
                new RefusalInput(new BigDecimal("100"), "第一百一十二条", "2026-11-29", null), TODAY,
                LocalDate.of(2026, 11, 20), ok);
        ok.throwIfInvalidPenalty();
        assertEquals(LocalDate.of(2026, 11, 29), daily.startsOn());
    }

    @Test
    void aReinspectionHappenedBetweenTheOrderAndToday() {
        LocalDate ordered = LocalDate.of(2026, 11, 20);
        InputReader future = new InputReader("en");
        CaseValidator.reinspection(new ReinspectionInput("2026-11-29", true, null), TODAY, ordered, future);
        assertEquals("must not be later than today", future.errors().get("date"));
        InputReader early = new InputReader("en");
        CaseValidator.reinspection(new ReinspectionInput("2026-11-19", true, null), TODAY, ordered, early);
        assertEquals("must not be earlier than 2026-11-20", early.errors().get("date"));
        InputReader missing = new InputReader("en");
        CaseValidator.reinspection(new ReinspectionInput("2026-11-20", null, null), TODAY, ordered, missing);
        assertEquals(Map.of("rectified", "is required"), missing.errors());
        InputReader ok = new InputReader("en");
        Steps.Reinspect r = CaseValidator.reinspection(new ReinspectionInput("2026-11-28", false, " 未整改 "), TODAY,
                ordered, ok);
        assertTrue(ok.errors().isEmpty());
        assertFalse(r.rectified());
        assertEquals("未整改", r.note());
    }

    @Test
    void rectifiedNotBeforeTheReinspection() {
        InputReader reader = new InputReader("zh-CN");
        CaseValidator.rectified(new RectifiedInput("2026-11-10", null), TODAY, LocalDate.of(2026, 11, 20), reader);
        assertEquals("不能早于 2026-11-20", reader.errors().get("date"));
        assertThrows(SafeGridException.class, reader::throwIfInvalid);
    }
}
