package org.safegrid.hazards.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.hazards.api.FiveFixes;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardSource;
import org.safegrid.hazards.api.NewHazard;

class HazardRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final FiveFixes FIXES = new FiveFixes("张三", "措施", BigDecimal.TEN, TODAY.plusDays(5), "预案");

    static NewHazard hazard(String description, HazardLevel level, LocalDate deadline, FiveFixes fixes) {
        return new NewHazard(7, HazardSource.SELF_INSPECTION, "submission:1", description, level, deadline, fixes);
    }

    static Map<String, String> errors(NewHazard hazard) {
        FieldReader reader = new FieldReader(false);
        assertNull(HazardRule.check(hazard, TODAY, reader));
        return reader.errors();
    }

    @Test
    void aGeneralHazardDueTodayIsFine() {
        FieldReader reader = new FieldReader(false);
        NewHazard checked = HazardRule.check(hazard("  消防通道堵塞 ", HazardLevel.GENERAL, TODAY, null), TODAY, reader);
        assertTrue(reader.ok());
        assertEquals("消防通道堵塞", checked.description());
        assertEquals(TODAY, checked.deadline());
    }

    @Test
    void descriptionAndLevelAreRequired() {
        assertEquals(Map.of("description", "不能为空", "level", "不能为空"), errors(hazard(" ", null, TODAY, null)));
        assertEquals(Map.of("enterpriseId", "不能为空", "description", "不能为空", "level", "不能为空"), errors(null));
        assertEquals(Map.of("description", "不能超过 1000 个字符"),
                errors(hazard("x".repeat(1001), HazardLevel.GENERAL, TODAY, null)));
    }

    @Test
    void aDeadlineInThePastIsRefused() {
        assertEquals(Map.of("deadline", "不能早于今天（2026-11-28）"),
                errors(hazard("堵塞", HazardLevel.GENERAL, TODAY.minusDays(1), null)));
        assertEquals(Map.of("deadline", "不能早于今天（2026-11-28）"),
                errors(hazard("堵塞", HazardLevel.MAJOR, TODAY.minusDays(1), null)));
    }

    @Test
    void aGeneralHazardNeedsADeadlineAndHasNoFixes() {
        assertEquals(Map.of("deadline", "一般隐患必须给出整改期限"), errors(hazard("堵塞", HazardLevel.GENERAL, null, null)));
        assertEquals(Map.of("fiveFixes", "只有重大隐患需要五落实"),
                errors(hazard("堵塞", HazardLevel.GENERAL, TODAY, FIXES)));
    }

    @Test
    void aMajorHazardMayComeWithoutFixesOrADeadline() {
        FieldReader reader = new FieldReader(false);
        NewHazard checked = HazardRule.check(hazard("储罐泄漏", HazardLevel.MAJOR, null, null), TODAY, reader);
        assertTrue(reader.ok());
        assertNull(checked.deadline());
        assertNull(checked.fiveFixes());
    }

    @Test
    void aMajorHazardTakesItsDeadlineFromItsFixes() {
        FieldReader reader = new FieldReader(false);
        NewHazard checked = HazardRule.check(hazard("储罐泄漏", HazardLevel.MAJOR, null, FIXES), TODAY, reader);
        assertTrue(reader.ok());
        assertEquals(FIXES.deadline(), checked.deadline());
        assertEquals(new BigDecimal("10.00"), checked.fiveFixes().funds());
        assertEquals(Map.of("deadline", "与五落实中的时限（2026-12-03）不一致"),
                errors(hazard("储罐泄漏", HazardLevel.MAJOR, TODAY.plusDays(1), FIXES)));
    }

    @Test
    void aMajorHazardsGivenFixesMustBeCompleteAndEachMissingOneIsNamed() {
        FieldReader reader = new FieldReader(false);
        HazardRule.check(hazard("储罐泄漏", HazardLevel.MAJOR, null, new FiveFixes("张三", null, null, null, "预案")),
                TODAY, reader);
        assertEquals(Map.of("fiveFixes.measures", "五落实缺少措施", "fiveFixes.funds", "五落实缺少资金",
                "fiveFixes.deadline", "五落实缺少时限"), reader.errors());
        assertEquals("缺少五落实：措施、资金、时限",
                assertThrows(SafeGridException.class, reader::throwIfInvalid).getMessage());
    }

    @Test
    void theSourceDefaultsToOtherAndTheEnterpriseIsRequired() {
        FieldReader reader = new FieldReader(false);
        NewHazard checked = HazardRule.check(
                new NewHazard(7, null, null, "堵塞", HazardLevel.GENERAL, TODAY, null), TODAY, reader);
        assertEquals(HazardSource.OTHER, checked.source());
        assertEquals(Map.of("enterpriseId", "不能为空"),
                errors(new NewHazard(0, null, null, "堵塞", HazardLevel.GENERAL, TODAY, null)));
        assertEquals(Map.of("enterpriseId", "应为正整数"),
                errors(new NewHazard(-3, null, null, "堵塞", HazardLevel.GENERAL, TODAY, null)));
    }

    @Test
    void theSourceReferenceIsOneShortLine() {
        assertEquals(Map.of("sourceRef", "不能包含换行或控制字符"), errors(new NewHazard(7, HazardSource.OTHER, "a\nb",
                "堵塞", HazardLevel.GENERAL, TODAY, null)));
    }
}
