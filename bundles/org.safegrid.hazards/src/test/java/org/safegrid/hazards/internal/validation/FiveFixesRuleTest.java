package org.safegrid.hazards.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.hazards.api.FiveFixes;
import org.safegrid.hazards.internal.testing.Errors;

class FiveFixesRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final FiveFixes COMPLETE = new FiveFixes("张三", "更换灭火器", new BigDecimal("5000"), TODAY.plusDays(10),
            "疏散预案");

    static FiveFixes without(FixField fix) {
        FiveFixes f = COMPLETE;
        return new FiveFixes(fix == FixField.RESPONSIBLE_PERSON ? "  " : f.responsiblePerson(),
                fix == FixField.MEASURES ? null : f.measures(), fix == FixField.FUNDS ? null : f.funds(),
                fix == FixField.DEADLINE ? null : f.deadline(),
                fix == FixField.CONTINGENCY_PLAN ? "" : f.contingencyPlan());
    }

    static FieldReader check(FiveFixes fixes, boolean english) {
        FieldReader reader = new FieldReader(english);
        FiveFixesRule.check(fixes, "", TODAY, reader);
        return reader;
    }

    @Test
    void completeFixesPassAndAreTrimmed() {
        FieldReader reader = new FieldReader(false);
        FiveFixes checked = FiveFixesRule.check(new FiveFixes(" 张三 ", "措施\n第二行", new BigDecimal("0"), TODAY,
                " 预案 "), "", TODAY, reader);
        assertTrue(reader.ok(), reader.errors().toString());
        assertEquals(new FiveFixes("张三", "措施\n第二行", new BigDecimal("0.00"), TODAY, "预案"), checked);
        assertEquals(List.of(), FiveFixesRule.missing(checked));
    }

    @ParameterizedTest
    @EnumSource(FixField.class)
    void eachMissingFixIsNamedInTheFieldsAndTheMessage(FixField fix) {
        FieldReader reader = check(without(fix), false);
        assertEquals(List.of(fix), reader.missingFixes());
        assertEquals(Map.of(fix.field(), "五落实缺少" + fix.label(false)), reader.errors());
        SafeGridException e = Errors.expect(SafeGridException.Kind.INVALID, "validation_failed",
                reader::throwIfInvalid);
        assertEquals("缺少五落实：" + fix.label(false), e.getMessage());
        assertEquals(List.of(fix.field()), e.details().get("missing"));
        assertEquals(List.of(fix), FiveFixesRule.missing(without(fix)));
    }

    @Test
    void severalMissingFixesAreListedInOrder() {
        FiveFixes two = new FiveFixes("张三", "措施", null, TODAY, null);
        SafeGridException e = Errors.expect(SafeGridException.Kind.INVALID, "validation_failed",
                check(two, false)::throwIfInvalid);
        assertEquals("缺少五落实：资金、预案", e.getMessage());
        assertEquals(List.of("funds", "contingencyPlan"), e.details().get("missing"));
        SafeGridException en = Errors.expect(SafeGridException.Kind.INVALID, "validation_failed",
                check(two, true)::throwIfInvalid);
        assertEquals("Five fixes missing: funds, contingency plan", en.getMessage());
    }

    @Test
    void noFixesAtAllMissesAllFive() {
        assertEquals(List.of(FixField.values()), FiveFixesRule.missing(null));
        assertEquals(List.of(FixField.values()), check(null, false).missingFixes());
    }

    @Test
    void aPrefixNamesTheNestedFields() {
        FieldReader reader = new FieldReader(false);
        assertNull(FiveFixesRule.check(without(FixField.FUNDS), "fiveFixes.", TODAY, reader));
        assertEquals(List.of("fiveFixes.funds"), List.copyOf(reader.errors().keySet()));
    }

    @Test
    void fundsAreZeroOrMoreWithAtMostTwoDecimals() {
        assertEquals("资金不能为负数", fundsError("-0.01"));
        assertEquals("资金最多 12 位整数、2 位小数", fundsError("1.005"));
        assertEquals("资金最多 12 位整数、2 位小数", fundsError("1000000000000"));
        assertNull(fundsError("999999999999.99"));
        assertNull(fundsError("1.50"));
        assertNull(fundsError("5E+3"));
    }

    static String fundsError(String funds) {
        FieldReader reader = check(new FiveFixes("张三", "措施", new BigDecimal(funds), TODAY, "预案"), false);
        assertTrue(reader.missingFixes().isEmpty());
        return reader.errors().get("funds");
    }

    @Test
    void theDeadlineIsTodayOrLater() {
        assertTrue(check(new FiveFixes("张三", "措施", BigDecimal.TEN, TODAY, "预案"), false).ok());
        FieldReader reader = check(new FiveFixes("张三", "措施", BigDecimal.TEN, TODAY.minusDays(1), "预案"), false);
        assertEquals(Map.of("deadline", "不能早于今天（2026-11-28）"), reader.errors());
        assertTrue(reader.missingFixes().isEmpty());
    }

    @Test
    void aFormatErrorIsNotAlsoReportedAsMissing() {
        FieldReader reader = new FieldReader(true);
        assertNull(reader.amount("funds", "five thousand"));
        assertNull(FiveFixesRule.check(without(FixField.FUNDS), "", TODAY, reader));
        assertEquals(Map.of("funds", "must be an amount such as 5000 or 5000.50"), reader.errors());
        assertTrue(reader.missingFixes().isEmpty());
    }

    @Test
    void tooLongTextsAreRefused() {
        FieldReader reader = check(new FiveFixes("张".repeat(101), "措".repeat(1001), BigDecimal.ONE, TODAY,
                "预".repeat(1000)), false);
        assertEquals(Map.of("responsiblePerson", "不能超过 100 个字符", "measures", "不能超过 1000 个字符"), reader.errors());
        assertNotNull(reader);
    }
}
