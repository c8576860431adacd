package org.safegrid.checklists.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.SeverityHint;
import org.safegrid.checklists.internal.dto.ItemInput;
import org.safegrid.checklists.internal.dto.TemplateInput;
import org.safegrid.checklists.internal.model.Author;
import org.safegrid.checklists.internal.model.TemplateDraft;
import org.safegrid.checklists.internal.testing.Errors;

class TemplateValidatorTest {

    static final Set<String> SECTORS = Set.of("fuel-station", "market");
    static final Set<String> DEPARTMENTS = Set.of("emergency", "citymgmt", "planning");

    static TemplateValidator.Context as(Author author) {
        return new TemplateValidator.Context(author, SECTORS, DEPARTMENTS::contains);
    }

    static final TemplateValidator.Context ADMIN = as(new Author("admin", true, Set.of()));
    static final TemplateValidator.Context CITYMGMT = as(new Author("zhao", false, Set.of("citymgmt")));

    static ItemInput item(String code) {
        return new ItemInput(code, "燃气管道无泄漏", "No gas leaks", "EQUIPMENT", "《城镇燃气管理条例》第二十八条", null);
    }

    static TemplateInput input(String code, String department, List<ItemInput> items) {
        return new TemplateInput(code, "餐饮燃气每周检查", null, "WEEKLY", List.of("market"), List.of("HIGH_FIRE_RISK"),
                department, items, null);
    }

    @Test
    void acceptsAGoodTemplateWithDefaults() {
        TemplateDraft draft = TemplateValidator.create(input("citymgmt-gas", null, List.of(item("gas"))), CITYMGMT,
                "zh-CN");
        assertEquals("citymgmt", draft.department(), "a department user's own department");
        assertEquals("餐饮燃气每周检查", draft.nameEn(), "the Chinese name stands in");
        assertEquals(Cadence.WEEKLY, draft.cadence());
        assertEquals(Set.of("HIGH_FIRE_RISK"), draft.flags());
        assertEquals(SeverityHint.GENERAL, draft.items().get(0).severityHint());
    }

    @Test
    void refusesBadCodes() {
        for (String code : List.of("A-code", "1abc", "q", "with space", "under_score", "xx".repeat(61))) {
            assertTrue(Errors.fields(() -> TemplateValidator.create(input(code, "citymgmt", List.of(item("gas"))),
                    ADMIN, "en")).containsKey("code"), code);
        }
        Map<String, String> fields = Errors.fields(() -> TemplateValidator.create(input("ok-code", "citymgmt",
                List.of(item("Bad"))), ADMIN, "en"));
        assertTrue(fields.containsKey("items[0].code"), fields.toString());
    }

    @Test
    void refusesEmptyTooManyAndRepeatedItems() {
        assertTrue(Errors.fields(() -> TemplateValidator.create(input("t-one", "citymgmt", List.of()), ADMIN, "en"))
                .containsKey("items"));
        assertTrue(Errors.fields(() -> TemplateValidator.create(input("t-one", "citymgmt", null), ADMIN, "en"))
                .containsKey("items"));
        List<ItemInput> many = new ArrayList<>(Collections.nCopies(201, item("gas")));
        assertTrue(Errors.fields(() -> TemplateValidator.create(input("t-one", "citymgmt", many), ADMIN, "en"))
                .containsKey("items"));
        Map<String, String> twice = Errors.fields(() -> TemplateValidator.create(input("t-one", "citymgmt",
                List.of(item("gas"), item("exits"), item("gas"))), ADMIN, "en"));
        assertEquals(Set.of("items[2].code"), twice.keySet());
    }

    @Test
    void refusesLongTextsAndMissingLegalBasis() {
        ItemInput longText = new ItemInput("gas", "长".repeat(501), null, "EQUIPMENT", "条例", null);
        ItemInput noBasis = new ItemInput("exits", "安全出口畅通", null, "ENVIRONMENT", " ", null);
        ItemInput longBasis = new ItemInput("exits2", "安全出口畅通", null, "ENVIRONMENT", "法".repeat(201), null);
        ItemInput badCategory = new ItemInput("exits3", "安全出口畅通", null, "PLACES", "条例", "SEVERE");
        Map<String, String> fields = Errors.fields(() -> TemplateValidator.create(input("t-one", "citymgmt",
                List.of(longText, noBasis, longBasis, badCategory)), ADMIN, "zh-CN"));
        assertEquals(Set.of("items[0].text", "items[1].legalBasis", "items[2].legalBasis", "items[3].category",
                "items[3].severityHint"), fields.keySet());
        assertEquals("不能超过 500 个字符", fields.get("items[0].text"));
    }

    @Test
    void refusesUnknownSectorsFlagsAndCadence() {
        TemplateInput in = new TemplateInput("t-one", "名称", null, "YEARLY", List.of("fuel-station", "mine"),
                List.of("HIGH_FIRE_RISK", "haunted"), "citymgmt", List.of(item("gas")), null);
        Map<String, String> fields = Errors.fields(() -> TemplateValidator.create(in, ADMIN, "en"));
        assertEquals(Set.of("cadence", "sectors[1]", "flags[1]"), fields.keySet());
        assertEquals("unknown sector: mine", fields.get("sectors[1]"));
    }

    @Test
    void aDepartmentUserWritesForTheirOwnDepartmentOnly() {
        Map<String, String> other = Errors.fields(() -> TemplateValidator.create(input("t-one", "emergency",
                List.of(item("gas"))), CITYMGMT, "en"));
        assertEquals("you may write checklists for your own department only", other.get("department"));
        assertTrue(Errors.fields(() -> TemplateValidator.create(input("t-one", "nowhere", List.of(item("gas"))),
                ADMIN, "en")).containsKey("department"));
        assertTrue(Errors.fields(() -> TemplateValidator.create(input("t-one", null, List.of(item("gas"))), ADMIN,
                "en")).containsKey("department"), "an administrator names the department");
        TemplateValidator.Context two = as(new Author("wu", false, Set.of("citymgmt", "planning")));
        assertTrue(Errors.fields(() -> TemplateValidator.create(input("t-one", null, List.of(item("gas"))), two,
                "en")).containsKey("department"), "with two departments the user names one");
        assertEquals("planning", TemplateValidator.create(input("t-one", "planning", List.of(item("gas"))), two,
                "en").department());
    }

    @Test
    void anEditKeepsCodeAndDepartment() {
        TemplateInput in = input("other-code", "emergency", List.of(item("gas")));
        Map<String, String> fields = Errors.fields(() -> TemplateValidator.update("citymgmt-gas", "citymgmt", in,
                CITYMGMT, "en"));
        assertEquals(Set.of("code", "department"), fields.keySet());
        TemplateDraft draft = TemplateValidator.update("citymgmt-gas", "citymgmt", input(null, null,
                List.of(item("gas"))), CITYMGMT, "en");
        assertEquals("citymgmt-gas", draft.code());
        assertEquals("citymgmt", draft.department());
    }

    @Test
    void anEmptyBodyNamesEveryRequiredField() {
        Map<String, String> fields = Errors.fields(() -> TemplateValidator.create(null, ADMIN, "en"));
        assertEquals(Set.of("code", "department", "name", "cadence", "items"), fields.keySet());
    }
}
