package org.safegrid.dept.agriculture.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.dept.agriculture.internal.dto.InspectionInput;
import org.safegrid.dept.agriculture.internal.dto.ReservoirInput;
import org.safegrid.dept.agriculture.internal.model.DamType;
import org.safegrid.dept.agriculture.internal.model.ReservoirData;
import org.safegrid.dept.agriculture.internal.model.ReservoirKind;

class ReservoirValidatorTest {

    static final Set<String> VILLAGES = Set.of("baishiyi", "qinglong");

    static ReservoirInput input(String code, String village, String capacity, String enterpriseId, String phone) {
        return new ReservoirInput(code, " 青龙水库 ", village, "SMALL_2", capacity, "EARTH", null, enterpriseId, "张三",
                phone, null, null);
    }

    static ReservoirData validate(ReservoirInput input, String language) {
        return ReservoirValidator.validate(input, language, VILLAGES::contains, id -> id == 17);
    }

    @Test
    void aGoodReservoirIsTrimmedAndParsed() {
        ReservoirData data = validate(input("QL-01", "qinglong", "12.5", "17", "13812345678"), "zh-CN");
        assertEquals("青龙水库", data.name());
        assertEquals(new BigDecimal("12.50"), data.capacity());
        assertEquals(ReservoirKind.SMALL_2, data.kind());
        assertEquals(DamType.EARTH, data.damType());
        assertEquals(17L, data.enterpriseId());
        assertNull(data.note());
    }

    @Test
    void everyBadFieldIsReportedInChinese() {
        Map<String, String> fields = Errors.fields(() -> validate(
                new ReservoirInput("QL 01", "", "nowhere", "BIG", "-1", "WOOD", null, "x", null, "123", null, null),
                "zh-CN"));
        assertEquals(Set.of("code", "name", "village", "kind", "capacity", "damType", "enterpriseId", "responsible",
                "responsiblePhone"), fields.keySet());
        assertEquals("只能包含字母、数字和连字符", fields.get("code"));
        assertEquals("村（社区）nowhere 不存在", fields.get("village"));
        assertEquals("不能为空", fields.get("name"));
    }

    @Test
    void rangesPrecisionUnknownEnterprisesAndEnglish() {
        Map<String, String> fields = Errors.fields(() -> validate(input("QL-01", "qinglong", "1.234", "18",
                "13812345678"), "en-US"));
        assertEquals("may have at most 2 decimals", fields.get("capacity"));
        assertEquals("enterprise 18 does not exist or is outside your scope", fields.get("enterpriseId"));
        assertEquals("must be within 0.01–100000", Errors.fields(() -> validate(input("QL-01", "qinglong", "100001",
                null, "13812345678"), "en")).get("capacity"));
        assertEquals(Set.of("code", "name", "village", "kind", "capacity", "damType", "responsible",
                "responsiblePhone"), Errors.fields(() -> validate(null, "en")).keySet());
    }

    @Test
    void inspectionsAreNotInTheFutureAndAFailedOneSaysWhy() {
        LocalDate today = LocalDate.of(2026, 7, 10);
        var ok = InspectionValidator.validate(new InspectionInput("2026-07-10", "李四", true, " "), "zh", today);
        assertEquals(LocalDate.of(2026, 7, 10), ok.inspectedOn());
        assertNull(ok.findings());
        Map<String, String> fields = Errors.fields(() -> InspectionValidator
                .validate(new InspectionInput("2026-07-11", "", false, null), "en", today));
        assertEquals(Map.of("inspectedOn", "cannot be in the future", "inspector", "is required", "findings",
                "describe what was found when the inspection failed"), fields);
        assertEquals(Set.of("inspectedOn", "passed"), Errors.fields(() -> InspectionValidator
                .validate(new InspectionInput("10/07/2026", "李四", null, null), "en", today)).keySet());
        assertEquals(Set.of("inspectedOn"), Errors.fields(() -> InspectionValidator
                .validate(new InspectionInput("2025-07-08", "李四", true, null), "en", today)).keySet());
    }
}
