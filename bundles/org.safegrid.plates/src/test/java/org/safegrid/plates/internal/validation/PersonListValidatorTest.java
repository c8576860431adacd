package org.safegrid.plates.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safegrid.plates.api.PlatePerson;
import org.safegrid.plates.internal.dto.PersonInput;
import org.safegrid.plates.internal.dto.PlateInput;
import org.safegrid.plates.internal.testing.Errors;

class PersonListValidatorTest {

    static final Map<String, Boolean> ROLES = Map.of("regulator", false, "town-official", false, "enterprise-head",
            false, "post-lead", true, "gas-officers", true);

    static PersonInput person(String role, String name) {
        return new PersonInput(null, role, name, "主任", "13812345678", null,
                role.equals("post-lead") ? "1号储罐区" : null);
    }

    static PlateInput plate(PersonInput... persons) {
        return new PlateInput(3L, Arrays.asList(persons));
    }

    @Test
    void aValidListIsTrimmedAndKeptInOrder() {
        PlateInput input = plate(person("regulator", " 王监管 "), person("post-lead", "李岗位"),
                new PersonInput(17L, "post-lead", "赵岗位", null, "023-65671234", "zhao.gw", " 加油区 "),
                person("enterprise-head", "张总"));
        PersonListValidator.Result result = PersonListValidator.validate(input, ROLES, "zh-CN");
        assertEquals(3, result.version());
        assertEquals(List.of("regulator", "post-lead", "post-lead", "enterprise-head"),
                result.persons().stream().map(PlatePerson::role).toList());
        assertEquals(new PlatePerson(0, "regulator", "王监管", "主任", "13812345678", null, null),
                result.persons().get(0));
        assertEquals(new PlatePerson(17, "post-lead", "赵岗位", null, "023-65671234", "zhao.gw", "加油区"),
                result.persons().get(2));
    }

    @Test
    void anEmptyListClearsThePlate() {
        assertTrue(PersonListValidator.validate(new PlateInput(0L, List.of()), ROLES, null).persons().isEmpty());
    }

    @Test
    void aSingleRoleGivenTwiceNamesTheSecondEntry() {
        Map<String, String> fields = Errors.fields(() -> PersonListValidator.validate(
                plate(person("regulator", "甲"), person("town-official", "乙"), person("post-lead", "丙"),
                        person("regulator", "丁")),
                ROLES, "en"));
        assertEquals(Map.of("persons[3].role", "role regulator may be held by one person only"), fields);
    }

    @Test
    void severalPostLeadsButNotTheSamePersonTwice() {
        PersonListValidator.validate(plate(person("post-lead", "甲"), person("post-lead", "乙")), ROLES, "zh");
        Map<String, String> fields = Errors.fields(() -> PersonListValidator
                .validate(plate(person("post-lead", "甲"), person("post-lead", "甲")), ROLES, "zh"));
        assertEquals(Map.of("persons[1].name", "同一人员在该角色中重复出现"), fields);
    }

    @Test
    void anUnknownRole() {
        Map<String, String> fields = Errors.fields(
                () -> PersonListValidator.validate(plate(person("mayor", "甲")), ROLES, "en"));
        assertEquals("is not a known plate role: mayor", fields.get("persons[0].role"));
    }

    @Test
    void aBadPhoneAndAMissingOne() {
        Map<String, String> fields = Errors.fields(() -> PersonListValidator.validate(
                plate(new PersonInput(null, "regulator", "甲", null, "12345", null, null),
                        new PersonInput(null, "town-official", "乙", null, " ", null, null)),
                ROLES, "zh-CN"));
        assertEquals("电话号码格式不正确（手机号或带区号的座机号）", fields.get("persons[0].phone"));
        assertEquals("不能为空", fields.get("persons[1].phone"));
    }

    @Test
    void aPostLeadNeedsAPost() {
        Map<String, String> fields = Errors.fields(() -> PersonListValidator.validate(
                plate(new PersonInput(null, "post-lead", "甲", null, "13812345678", null, "  ")), ROLES, "en"));
        assertEquals(Map.of("persons[0].post",
                "a post lead needs the key place, equipment or process step in their charge"), fields);
    }

    @Test
    void everyFieldIsCheckedAtOnce() {
        String long51 = "长".repeat(51);
        Map<String, String> fields = Errors.fields(() -> PersonListValidator.validate(
                new PlateInput(-1L,
                        Arrays.asList(new PersonInput(null, null, long51, long51, "13812345678", "Bad User", null),
                                null, new PersonInput(5L, "regulator", "甲\n乙", null, "13812345678", null,
                                        "岗".repeat(101)),
                                new PersonInput(5L, "town-official", "丙", null, "13812345678", null, null))),
                ROLES, "en"));
        assertEquals("must be a whole number from 0", fields.get("version"));
        assertEquals("is required", fields.get("persons[0].role"));
        assertEquals("must be at most 50 characters", fields.get("persons[0].name"));
        assertEquals("must be at most 50 characters", fields.get("persons[0].position"));
        assertEquals("must be 2-64 lower-case letters, digits, dots, underscores or hyphens",
                fields.get("persons[0].username"));
        assertEquals("is required", fields.get("persons[1]"));
        assertEquals("must not contain line breaks or control characters", fields.get("persons[2].name"));
        assertEquals("must be at most 100 characters", fields.get("persons[2].post"));
        assertEquals("person id 5 is given twice", fields.get("persons[3].id"));
        assertEquals(9, fields.size(), fields.toString());
    }

    @Test
    void versionAndListAreRequiredAndTheListIsBounded() {
        assertEquals(Map.of("version", "is required", "persons", "is required"),
                Errors.fields(() -> PersonListValidator.validate(null, ROLES, "en")));
        List<PersonInput> many = new ArrayList<>();
        for (int i = 0; i <= PersonListValidator.MAX_PERSONS; i++) {
            many.add(person("post-lead", "人" + i));
        }
        assertEquals(Map.of("persons", "at most 200 people"),
                Errors.fields(() -> PersonListValidator.validate(new PlateInput(0L, many), ROLES, "en")));
    }
}
