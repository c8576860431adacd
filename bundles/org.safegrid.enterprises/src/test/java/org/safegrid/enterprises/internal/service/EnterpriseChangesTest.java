package org.safegrid.enterprises.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safegrid.enterprises.internal.testing.Fixtures.creditCode;
import static org.safegrid.enterprises.internal.testing.Fixtures.input;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.Contact;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseInput;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.enterprises.internal.model.VillageInput;
import org.safegrid.enterprises.internal.persistence.DatabaseErrors;
import org.safegrid.enterprises.internal.persistence.EnterpriseEntity;
import org.safegrid.enterprises.internal.testing.Errors;
import org.safegrid.enterprises.internal.testing.Fixtures;
import org.safegrid.enterprises.internal.testing.Registry;

/** Registering and changing enterprises on the real schema: each refusal changes nothing. */
class EnterpriseChangesTest {

    static final DataScope ADMIN = DataScope.of(Set.of("admin"));
    static final DataScope EMERGENCY = DataScope.of(Set.of("dept-emergency"));
    static final DataScope VILLAGE = DataScope.of(Set.of("village-baishiyi"));

    static Registry registry;
    static EnterpriseRegistry enterprises;

    @BeforeAll
    static void start() throws Exception {
        registry = Registry.shared();
        enterprises = registry.enterprises;
    }

    @BeforeEach
    void reset() throws Exception {
        registry.reset();
    }

    long count() throws Exception {
        return registry.unit.count("SELECT COUNT(*) FROM SG_ENT_ENTERPRISE");
    }

    static EnterpriseInput change(EnterpriseInput in, String name, String department, List<Contact> contacts,
            Long version) {
        return new EnterpriseInput(in.creditCode(), name, in.address(), in.village(), in.sector(), department,
                in.secondDepartment(), in.staffCount(), in.status(), in.riskLevel(), in.flags(), contacts, version);
    }

    @Test
    void theSchemaIsAtItsVersionWithTheTownsSectorsAndNoVillages() throws Exception {
        assertEquals(List.of("enterprises-1", "enterprises-2", "enterprises-3", "enterprises-4"),
                registry.unit.changeSets);
        assertTrue(registry.reference.sectors().size() >= 20);
        assertTrue(registry.reference.sectors().stream().allMatch(s -> s.department() != null && s.active()));
        assertEquals(6, registry.reference.sectors().stream().map(s -> s.department()).distinct().count(),
                "every town department has sectors");
        registry.unit.clear();
        assertEquals(List.of(), registry.reference.villages(), "villages are the town's to enter");
    }

    @Test
    void registersAndReadsBack() throws Exception {
        Enterprise created = enterprises.create(input(1), EMERGENCY, "zhang", false);
        assertTrue(created.id() > 0);
        assertEquals(creditCode(1), created.creditCode());
        assertTrue(created.small());
        assertEquals(Set.of(EnterpriseFlag.HIGH_FIRE_RISK), created.flags());
        assertEquals(List.of(new Contact("张三", "站长", "13812345678")), created.contacts());
        assertEquals(created.createdAt(), created.updatedAt());
        assertEquals(created, enterprises.get(created.id(), EMERGENCY).orElseThrow());
        assertEquals(1, registry.unit.count("SELECT COUNT(*) FROM SG_ENT_CONTACT"));
        assertEquals("zhang",
                registry.unit.count("SELECT COUNT(*) FROM SG_ENT_ENTERPRISE WHERE CREATED_BY = 'zhang'") == 1
                        ? "zhang"
                        : "?");
    }

    @Test
    void aRegisteredCreditCodeIsA409() throws Exception {
        enterprises.create(input(1), ADMIN, "a", false);
        EnterpriseInput again = new EnterpriseInput(" " + creditCode(1).toLowerCase(), "另一家", null, "haitang",
                "factory", "economic", null, 3, EnterpriseStatus.OPERATING, RiskLevel.BLUE, null, null, null);
        SafeGridException e = Errors.expect(Kind.CONFLICT, "duplicate_credit_code",
                () -> enterprises.create(again, ADMIN, "a", false));
        assertEquals(creditCode(1), e.details().get("creditCode"));
        assertEquals(1, count());
    }

    @Test
    void invalidInputChangesNothing() throws Exception {
        EnterpriseInput in = input(2);
        EnterpriseInput bad = new EnterpriseInput(Fixtures.wrongCheck(2), in.name(), null, "nowhere", in.sector(),
                in.department(), null, -5, in.status(), in.riskLevel(), null,
                List.of(new Contact("李四", null, "not a phone")), null);
        assertEquals(Set.of("creditCode", "village", "staffCount", "contacts[0].phone"),
                Errors.fields(() -> enterprises.create(bad, ADMIN, "a", false)).keySet());
        assertEquals(0, count());
    }

    @Test
    void villageUsersOnlyReadAndDepartmentsOnlyAssignTheirOwn() throws Exception {
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> enterprises.create(input(3), VILLAGE, "v", false));
        Errors.expect(Kind.FORBIDDEN, "forbidden",
                () -> enterprises.create(input(3, "baishiyi", "economic", null), EMERGENCY, "e", false));
        Enterprise second = enterprises.create(input(3, "baishiyi", "economic", "emergency"), EMERGENCY, "e", false);
        assertEquals("emergency", second.secondDepartment(), "being the second department is enough");
        assertEquals(1, count());

        Enterprise own = enterprises.create(input(4), ADMIN, "a", false);
        EnterpriseInput away = change(input(4), "转走", "economic", null, own.version());
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> enterprises.update(own.id(), away, EMERGENCY, "e", false));
        Errors.expect(Kind.FORBIDDEN, "forbidden", () -> enterprises.update(own.id(),
                change(input(4), "改名", "emergency", null, own.version()), VILLAGE, "v", false));
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> enterprises.update(own.id(),
                change(input(4), "改名", "emergency", null, own.version()), DataScope.of(Set.of("dept-planning")), "p",
                false));
        assertEquals(own, enterprises.get(own.id(), ADMIN).orElseThrow(), "unchanged");
    }

    @Test
    void updatesWithTheVersionAndReplacesContacts() throws Exception {
        Enterprise created = enterprises.create(input(5), EMERGENCY, "a", false);
        List<Contact> two = List.of(new Contact("王五", "经理", "023-65671234"), new Contact("赵六", null, null));
        Enterprise changed = enterprises.update(created.id(), change(input(5), "新名字", "emergency", two,
                created.version()), EMERGENCY, "b", false);
        assertEquals("新名字", changed.name());
        assertEquals(two, changed.contacts());
        assertTrue(changed.version() > created.version());
        assertEquals(changed, enterprises.get(created.id(), ADMIN).orElseThrow());

        Enterprise fewer = enterprises.update(created.id(), change(input(5), "新名字", "emergency",
                List.of(new Contact("赵六", null, null)), changed.version()), EMERGENCY, "b", false);
        assertEquals(List.of(new Contact("赵六", null, null)), fewer.contacts());
        assertEquals(1, registry.unit.count("SELECT COUNT(*) FROM SG_ENT_CONTACT"));
    }

    @Test
    void aStaleVersionIsA409AndAMissingOneA422() throws Exception {
        Enterprise created = enterprises.create(input(6), ADMIN, "a", false);
        enterprises.update(created.id(), change(input(6), "先改", "emergency", null, created.version()), ADMIN, "a",
                false);
        SafeGridException stale = Errors.expect(Kind.CONFLICT, "stale", () -> enterprises.update(created.id(),
                change(input(6), "后改", "emergency", null, created.version()), ADMIN, "b", true));
        assertTrue(stale.getMessage().startsWith("Someone else changed"), stale.getMessage());
        assertEquals("先改", enterprises.get(created.id(), ADMIN).orElseThrow().name());
        assertTrue(Errors.fields(() -> enterprises.update(created.id(), change(input(6), "x", "emergency", null, null),
                ADMIN, "b", false)).containsKey("version"));
    }

    @Test
    void takingAnotherEnterprisesCodeIsA409() throws Exception {
        enterprises.create(input(7), ADMIN, "a", false);
        Enterprise other = enterprises.create(input(8), ADMIN, "a", false);
        EnterpriseInput in = input(7);
        Errors.expect(Kind.CONFLICT, "duplicate_credit_code", () -> enterprises.update(other.id(),
                new EnterpriseInput(in.creditCode(), "x", null, "baishiyi", "factory", "economic", null, 1,
                        in.status(), in.riskLevel(), null, null, other.version()),
                ADMIN, "a", false));
        assertEquals(creditCode(8), enterprises.get(other.id(), ADMIN).orElseThrow().creditCode());
    }

    @Test
    void anEnterpriseKeepsADeactivatedVillage() throws Exception {
        Enterprise created = enterprises.create(input(9, "haitang", "emergency", null), ADMIN, "a", false);
        registry.reference.updateVillage("haitang", new VillageInput(null, "海棠村", false), false);
        Enterprise changed = enterprises.update(created.id(), change(input(9, "haitang", "emergency", null), "改名",
                "emergency", null, created.version()), ADMIN, "a", false);
        assertEquals("haitang", changed.village());
        assertTrue(Errors.fields(() -> enterprises.create(input(10, "haitang", "emergency", null), ADMIN, "a", false))
                .get("village")
                .contains("已停用"), "but new ones cannot go there");
    }

    @Test
    void theUniqueIndexIsTheLastWord() {
        // two writers that both passed the check: the second insert hits the index
        RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> registry.unit.jpa().tx(em -> {
                    for (int i = 0; i < 2; i++) {
                        EnterpriseEntity entity = new EnterpriseEntity();
                        entity.apply(
                                org.safegrid.enterprises.internal.validation.EnterpriseValidator.validate(input(11),
                                        Fixtures.refs(), null, false));
                        entity.created("a", java.time.Instant.now());
                        em.persist(entity);
                        assertNotNull(entity.getId(), "the sequence gives the id on persist");
                    }
                    em.flush();
                }));
        assertTrue(DatabaseErrors.isUniqueViolation(e), e.toString());
    }
}
