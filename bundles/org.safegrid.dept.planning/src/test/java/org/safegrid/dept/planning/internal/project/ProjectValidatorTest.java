package org.safegrid.dept.planning.internal.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;

class ProjectValidatorTest {

    static final LongFunction<Optional<String>> REGISTRY = id -> id == 5
            ? Optional.of("重庆某建工集团")
            : Optional.empty();

    static ProjectInput input(String enterprise, String permit, String start, String end, String phase, String phone,
            String version) {
        return new ProjectInput(" 白市驿安置房二期 ", enterprise, "白市驿镇农科大道 8 号", permit, start, end, phase, "张伟", phone,
                version);
    }

    static ProjectInput good() {
        return input("5", "500106202603150101", "2026-03-15", "2027-06-30", "MAIN_STRUCTURE", "13812345678", "3");
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> fields(SafeGridException e) {
        return (Map<String, String>) e.details().get("fields");
    }

    @Test
    void aGoodProjectIsReadAndTrimmed() {
        ProjectData d = ProjectValidator.validate(good(), "zh-CN", REGISTRY, true);
        assertEquals("白市驿安置房二期", d.name());
        assertEquals(5, d.enterpriseId());
        assertEquals("重庆某建工集团", d.enterpriseName());
        assertEquals(LocalDate.of(2027, 6, 30), d.plannedEnd());
        assertEquals(ProjectPhase.MAIN_STRUCTURE, d.phase());
        assertEquals(3L, d.version());
        assertNull(ProjectValidator.validate(good(), "zh-CN", REGISTRY, false).version(), "a new project has none");
    }

    @Test
    void everyFailingFieldIsListedAtOnce() {
        SafeGridException e = assertThrows(SafeGridException.class,
                () -> ProjectValidator.validate(new ProjectInput(null, null, null, null, null, null, null, null, null,
                        null), "en", REGISTRY, true));
        assertEquals(422, e.kind().status());
        assertEquals(Map.of("name", "is required", "enterpriseId", "is required", "address", "is required",
                "startDate", "is required", "plannedEnd", "is required", "phase", "is required", "safetyOfficer",
                "is required", "safetyOfficerPhone", "is required", "version", "is required"), fields(e));
        assertThrows(SafeGridException.class, () -> ProjectValidator.validate(null, "en", REGISTRY, false));
    }

    @Test
    void crossFieldAndDomainChecks() {
        SafeGridException e = assertThrows(SafeGridException.class, () -> ProjectValidator
                .validate(input("9", null, "2026-03-15", "2026-03-01", "FOUNDATION", "12345", "x"), "zh", REGISTRY,
                        true));
        Map<String, String> f = fields(e);
        assertEquals("企业 9 不存在或不在您的监管范围内", f.get("enterpriseId"));
        assertEquals("开工后必须填写施工许可证编号", f.get("permitNumber"));
        assertEquals("计划竣工日期不能早于开工日期", f.get("plannedEnd"));
        assertEquals("电话号码格式不正确（手机号或带区号的座机号）", f.get("safetyOfficerPhone"));
        assertEquals("应为有效的整数", f.get("version"));
        assertEquals(5, f.size());
    }

    @Test
    void preparationNeedsNoPermitButAPermitMustLookLikeOne() {
        ProjectData d = ProjectValidator.validate(
                input("5", " ", "2026-12-01", "2027-12-01", "PREPARATION", "023-65671234", null), "zh", REGISTRY,
                false);
        assertNull(d.permitNumber());
        SafeGridException e = assertThrows(SafeGridException.class, () -> ProjectValidator
                .validate(input("5", "许可证 12", "2026-12-01", "2027-12-01", "PREPARATION", "13812345678", null), "en",
                        REGISTRY, false));
        assertEquals(Map.of("permitNumber", "may hold only letters, digits and hyphens"), fields(e));
    }

    @Test
    void badIdsAndUnknownPhases() {
        SafeGridException e = assertThrows(SafeGridException.class, () -> ProjectValidator
                .validate(input("abc", "P-1", "2026-02-30", "2027-01-01", "BUILDING", "13812345678", "-1"), "en",
                        REGISTRY, true));
        Map<String, String> f = fields(e);
        assertEquals("must be a valid whole number", f.get("enterpriseId"));
        assertEquals("must be a date like 2026-11-28", f.get("startDate"));
        assertEquals(
                "must be one of PREPARATION, FOUNDATION, MAIN_STRUCTURE, DECORATION, SUSPENDED, COMPLETED",
                f.get("phase"));
        assertEquals("must be a valid whole number", f.get("version"));
        assertEquals(4, f.size());
    }
}
