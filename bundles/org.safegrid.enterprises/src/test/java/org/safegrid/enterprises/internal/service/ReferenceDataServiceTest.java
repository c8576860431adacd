package org.safegrid.enterprises.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.api.Village;
import org.safegrid.enterprises.internal.model.SectorInput;
import org.safegrid.enterprises.internal.model.VillageInput;
import org.safegrid.enterprises.internal.testing.Errors;
import org.safegrid.enterprises.internal.testing.Registry;

/** Villages and sectors as an administrator edits them. */
class ReferenceDataServiceTest {

    static ReferenceDataService reference;

    @BeforeAll
    static void start() throws Exception {
        reference = Registry.shared().reference;
    }

    @BeforeEach
    void reset() throws Exception {
        Registry.shared().reset();
    }

    @Test
    void villagesAreAddedRenamedAndDeactivated() {
        Village added = reference.createVillage(new VillageInput(" xinqiao ", " 新桥社区 ", null), false);
        assertEquals(new Village("xinqiao", "新桥社区", true), added, "trimmed, active unless said otherwise");
        assertEquals(new Village("xinqiao", "新桥社区（北）", true),
                reference.updateVillage("xinqiao", new VillageInput(null, "新桥社区（北）", null), false));
        assertEquals(new Village("xinqiao", "新桥社区（北）", false),
                reference.updateVillage("xinqiao", new VillageInput("xinqiao", "新桥社区（北）", false), false));
        assertEquals(List.of("baishiyi", "haitang", "old", "xinqiao"),
                reference.villages().stream().map(Village::code).toList(), "sorted by code");
    }

    @Test
    void badVillagesAreRefused() {
        assertEquals(Map.of("code", "代码应为 2 至 40 位小写字母、数字或连字符，并以字母开头", "name", "不能为空"),
                Errors.fields(() -> reference.createVillage(new VillageInput("Bai Shi", " ", null), false)));
        assertTrue(Errors.fields(() -> reference.createVillage(new VillageInput("9abc", "九", null), false))
                .containsKey("code"));
        Errors.expect(Kind.CONFLICT, "duplicate_village",
                () -> reference.createVillage(new VillageInput("haitang", "新海棠", null), false));
        Errors.expect(Kind.CONFLICT, "duplicate_village_name",
                () -> reference.createVillage(new VillageInput("haitang2", "海棠村", null), false));
        Errors.expect(Kind.CONFLICT, "duplicate_village_name",
                () -> reference.updateVillage("haitang", new VillageInput(null, "白市驿村", null), false));
        Errors.expect(Kind.NOT_FOUND, "not_found",
                () -> reference.updateVillage("nowhere", new VillageInput(null, "无", null), false));
        assertEquals("cannot be changed (the path says haitang)", Errors.fields(
                () -> reference.updateVillage("haitang", new VillageInput("other", "海棠村", null), true)).get("code"));
        assertEquals(3, reference.villages().size(), "nothing was added");
    }

    @Test
    void sectorsAreAddedAndChanged() {
        Sector added = reference.createSector(new SectorInput("mine", "矿山", "Mine", "emergency", null), false);
        assertEquals(new Sector("mine", "矿山", "Mine", "emergency", true), added);
        Sector changed = reference.updateSector("mine", new SectorInput(null, "非煤矿山", "Non-coal mine", null, false),
                false);
        assertEquals(new Sector("mine", "非煤矿山", "Non-coal mine", null, false), changed);
        assertTrue(reference.sectors().contains(changed));
        reference.updateSector("mine", new SectorInput(null, "非煤矿山", "Non-coal mine", null, true), false);
    }

    @Test
    void badSectorsAreRefused() {
        assertEquals(Map.of("nameEn", "不能为空", "department", "监管部门“police”不存在"), Errors.fields(
                () -> reference.createSector(new SectorInput("mine2", "矿山二", "", "police", null), false)));
        Errors.expect(Kind.CONFLICT, "duplicate_sector",
                () -> reference.createSector(new SectorInput("factory", "工厂", "Works", null, null), false));
        Errors.expect(Kind.CONFLICT, "duplicate_sector_name",
                () -> reference.createSector(new SectorInput("works", "工业企业", "Works", null, null), false));
        Errors.expect(Kind.NOT_FOUND, "not_found",
                () -> reference.updateSector("nothing", new SectorInput(null, "无", "None", null, null), false));
    }
}
