package org.safegrid.enterprises.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safegrid.enterprises.internal.testing.Fixtures.creditCode;
import static org.safegrid.enterprises.internal.testing.Fixtures.input;
import static org.safegrid.enterprises.internal.testing.Fixtures.refs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.enterprises.api.Contact;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseInput;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.enterprises.internal.model.EnterpriseData;
import org.safegrid.enterprises.internal.testing.Errors;
import org.safegrid.enterprises.internal.testing.Fixtures;

class EnterpriseValidatorTest {

    static EnterpriseInput with(EnterpriseInput in, String creditCode, Integer staff, String village,
            List<Contact> contacts) {
        return new EnterpriseInput(creditCode, in.name(), in.address(), village, in.sector(), in.department(),
                in.secondDepartment(), staff, in.status(), in.riskLevel(), in.flags(), contacts, in.version());
    }

    static Map<String, String> errors(EnterpriseInput in) {
        return Errors.fields(() -> EnterpriseValidator.validate(in, refs(), null, false));
    }

    @Test
    void aGoodEnterpriseIsNormalised() {
        EnterpriseInput in = input(7);
        EnterpriseInput spaced = new EnterpriseInput("  " + in.creditCode().toLowerCase() + " ", "  白市驿加油站 ",
                "  ", in.village(), in.sector(), in.department(), " ", 0, in.status(), in.riskLevel(), null, null,
                null);
        EnterpriseData data = EnterpriseValidator.validate(spaced, refs(), null, false);
        assertEquals(creditCode(7), data.creditCode(), "trimmed and in capitals");
        assertEquals("白市驿加油站", data.name());
        assertNull(data.address(), "a blank optional text is null");
        assertNull(data.secondDepartment());
        assertEquals(0, data.staffCount(), "zero staff is allowed");
        assertEquals(Set.of(), data.flags());
        assertEquals(List.of(), data.contacts());
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        Map<String, String> fields = errors(with(input(1), Fixtures.wrongCheck(1), 12, "baishiyi", List.of()));
        assertEquals(Set.of("creditCode"), fields.keySet());
        assertTrue(fields.get("creditCode").contains("校验位"), fields.toString());
    }

    @Test
    void eachCreditCodeProblemHasItsOwnMessage() {
        String good = creditCode(3);
        assertEquals("不能为空", errors(with(input(1), " ", 1, "baishiyi", null)).get("creditCode"));
        assertTrue(errors(with(input(1), good.substring(1), 1, "baishiyi", null)).get("creditCode").contains("17"));
        assertTrue(errors(with(input(1), "I" + good.substring(1), 1, "baishiyi", null)).get("creditCode")
                .contains("I、O、Z、S、V"));
        assertTrue(errors(with(input(1), "91A00106" + good.substring(8), 1, "baishiyi", null)).get("creditCode")
                .contains("行政区划"));
        Map<String, String> english = Errors.fields(() -> EnterpriseValidator
                .validate(with(input(1), Fixtures.wrongCheck(1), 1, "baishiyi", null), refs(), null, true));
        assertTrue(english.get("creditCode").startsWith("the check character"), english.toString());
    }

    @Test
    void staffCountMustBeBetweenZeroAndAMillion() {
        assertTrue(errors(with(input(1), creditCode(1), -1, "baishiyi", null)).get("staffCount").contains("0 到"));
        assertTrue(errors(with(input(1), creditCode(1), 1_000_001, "baishiyi", null)).containsKey("staffCount"));
        assertEquals("不能为空", errors(with(input(1), creditCode(1), null, "baishiyi", null)).get("staffCount"));
        assertEquals(1_000_000, EnterpriseValidator
                .validate(with(input(1), creditCode(1), 1_000_000, "baishiyi", null), refs(), null, false)
                .staffCount());
    }

    @Test
    void theVillageMustExistAndBeActive() {
        assertEquals("村社区“nowhere”不存在", errors(with(input(1), creditCode(1), 1, "nowhere", null)).get("village"));
        assertEquals("村社区“旧村”已停用", errors(with(input(1), creditCode(1), 1, "old", null)).get("village"));
        Enterprise inOld = new Enterprise(5, creditCode(1), "x", null, "old", "fuel-station", "emergency", null, 1,
                true, EnterpriseStatus.OPERATING, RiskLevel.BLUE, Set.of(), List.of(), 1, Instant.now(),
                Instant.now());
        assertEquals("old", EnterpriseValidator
                .validate(with(input(1), creditCode(1), 1, "old", null), refs(), inOld, false)
                .village(), "an enterprise may stay in a village deactivated since");
    }

    @Test
    void sectorAndDepartmentsMustBeKnown() {
        EnterpriseInput in = input(1);
        Map<String, String> fields = errors(new EnterpriseInput(in.creditCode(), in.name(), null, "baishiyi",
                "retired", "police", "police", 1, in.status(), in.riskLevel(), null, null, null));
        assertEquals("行业“停用行业”已停用", fields.get("sector"));
        assertEquals("监管部门“police”不存在", fields.get("department"));
        assertEquals("监管部门“police”不存在", fields.get("secondDepartment"));
        Map<String, String> same = errors(input(1, "baishiyi", "emergency", "emergency"));
        assertEquals("第二监管部门不能与监管部门相同", same.get("secondDepartment"));
    }

    @Test
    void requiredFieldsAreNamedAllAtOnce() {
        Map<String, String> fields = Errors.fields(() -> EnterpriseValidator.validate(null, refs(), null, true));
        assertEquals(Set.of("creditCode", "name", "village", "sector", "department", "staffCount", "status",
                "riskLevel"), fields.keySet());
        assertEquals("is required", fields.get("name"));
    }

    @Test
    void textsHaveLimits() {
        EnterpriseInput in = input(1);
        Map<String, String> fields = errors(new EnterpriseInput(in.creditCode(), "x".repeat(201), "y".repeat(301),
                "baishiyi", "fuel-station", "emergency", null, 1, in.status(), in.riskLevel(),
                Set.of(EnterpriseFlag.ABOVE_SCALE), null, null));
        assertEquals("不能超过 200 个字符", fields.get("name"));
        assertEquals("不能超过 300 个字符", fields.get("address"));
        assertTrue(errors(new EnterpriseInput(in.creditCode(), "a\nb", null, "baishiyi", "fuel-station", "emergency",
                null, 1, in.status(), in.riskLevel(), null, null, null)).containsKey("name"));
    }

    @Test
    void contactsNeedANameAndAValidPhone() {
        List<Contact> contacts = new ArrayList<>(List.of(new Contact("张三", "站长", "13812345678"),
                new Contact(" ", null, null), new Contact("李四", null, "12345")));
        contacts.add(null);
        Map<String, String> fields = errors(with(input(1), creditCode(1), 1, "baishiyi", contacts));
        assertEquals(Set.of("contacts[1].name", "contacts[2].phone", "contacts[3].name"), fields.keySet());
        assertTrue(fields.get("contacts[2].phone").contains("电话号码"));

        List<Contact> eleven = Collections.nCopies(11, new Contact("张三", null, "023-65671234"));
        assertEquals("联系人最多 10 个", errors(with(input(1), creditCode(1), 1, "baishiyi", eleven)).get("contacts"));
    }
}
