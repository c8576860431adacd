package org.safegrid.dept.citymgmt.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.dept.citymgmt.internal.dto.BillboardInput;
import org.safegrid.dept.citymgmt.internal.model.BillboardData;
import org.safegrid.dept.citymgmt.internal.model.BillboardKind;

class BillboardValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    static BillboardInput input(String installed, String checked, String width) {
        return new BillboardInput("GG-001", " 正街 8 号楼顶 ", "baishiyi", "ROOFTOP", "白市驿商贸公司", null, null, width,
                "3", installed, checked, null, null);
    }

    static BillboardData validate(BillboardInput input, String language) {
        return BillboardValidator.validate(input, language, TODAY, Set.of("baishiyi")::contains, id -> id == 5);
    }

    @Test
    void aGoodBillboardIsTrimmedAndParsed() {
        BillboardData data = validate(input("2024-05-01", "2026-10-01", "12.5"), "zh");
        assertEquals("正街 8 号楼顶", data.location());
        assertEquals(BillboardKind.ROOFTOP, data.kind());
        assertEquals(new BigDecimal("12.50"), data.width());
        assertEquals(LocalDate.of(2026, 10, 1), data.lastCheckedOn());
        assertNull(data.ownerPhone());
    }

    @Test
    void datesMustBeInOrderAndNotInTheFuture() {
        assertEquals(Map.of("lastCheckedOn", "不能早于安装日期"),
                Errors.fields(() -> validate(input("2024-05-01", "2024-04-30", "2"), "zh")));
        assertEquals(Map.of("installedOn", "cannot be in the future", "lastCheckedOn", "cannot be in the future"),
                Errors.fields(() -> validate(input("2026-11-30", "2026-11-30", "2"), "en")));
        assertEquals(Set.of("lastCheckedOn"),
                Errors.fields(() -> validate(input("2024-05-01", "yesterday", "2"), "en")).keySet());
    }

    @Test
    void everyBadFieldIsReported() {
        Map<String, String> fields = Errors.fields(() -> validate(new BillboardInput("GG 1", "", "nowhere", "HUGE", "",
                "12", "0", "0.05", "x", "", null, null, null), "en"));
        assertEquals(Set.of("code", "location", "village", "kind", "owner", "ownerPhone", "enterpriseId", "width",
                "height", "installedOn"), fields.keySet());
        assertEquals("must be within 0.1–100", fields.get("width"));
        assertEquals("must be a number", fields.get("height"));
        assertEquals("village nowhere does not exist", fields.get("village"));
        assertEquals(Set.of("enterpriseId"), Errors.fields(() -> validate(new BillboardInput("GG-1", "x", "baishiyi",
                "WALL", "o", null, "6", "1", "1", "2026-01-01", null, null, null), "en")).keySet());
    }

    @Test
    void badFiltersAre400s() {
        Errors.expect(SafeGridException.Kind.BAD_REQUEST, "bad_kind",
                () -> QueryParams.choice("kind", "x", BillboardKind.class));
        Errors.expect(SafeGridException.Kind.BAD_REQUEST, "bad_page", () -> QueryParams.page("-1", null, null, null));
    }
}
