package org.safegrid.enterprises.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.enterprises.internal.testing.Errors;

class QueryParamsTest {

    static final QueryParams ZH = new QueryParams(false);
    static final QueryParams EN = new QueryParams(true);

    static QueryParams.Filters filters(String risk, String status, List<String> flags, String small, String sort) {
        return new QueryParams.Filters(" 加油 ", "", "emergency", null, risk, status, flags, small, sort);
    }

    @Test
    void readsEveryFilter() {
        EnterpriseQuery q = ZH
                .query(filters("red", "Operating", List.of("HIGH_FIRE_RISK", "above_scale,special_equipment"),
                        "true", "-riskLevel"), "2", "50");
        assertEquals("加油", q.text());
        assertNull(q.village(), "blank is no filter");
        assertEquals("emergency", q.department());
        assertEquals(RiskLevel.RED, q.riskLevel());
        assertEquals(EnterpriseStatus.OPERATING, q.status());
        assertEquals(Set.of(EnterpriseFlag.HIGH_FIRE_RISK, EnterpriseFlag.ABOVE_SCALE,
                EnterpriseFlag.SPECIAL_EQUIPMENT), q.flags());
        assertEquals(true, q.small());
        assertEquals(2, q.page());
        assertEquals(50, q.size());
        assertEquals("-riskLevel", q.sort());
        EnterpriseQuery defaults = ZH.query(filters(null, null, null, null, null), null, null);
        assertEquals(0, defaults.page());
        assertEquals(20, defaults.size());
        assertEquals(Set.of(), defaults.flags());
    }

    @Test
    void badValuesAre400sNamingTheParameter() {
        expect("bad_page", () -> ZH.query(filters(null, null, null, null, null), "-1", null));
        expect("bad_page", () -> ZH.query(filters(null, null, null, null, null), "one", null));
        expect("bad_size", () -> ZH.query(filters(null, null, null, null, null), null, "0"));
        expect("bad_size", () -> ZH.query(filters(null, null, null, null, null), null, "201"));
        expect("bad_risk", () -> ZH.query(filters("purple", null, null, null, null), null, null));
        expect("bad_status", () -> ZH.query(filters(null, "open", null, null, null), null, null));
        expect("bad_flag", () -> ZH.query(filters(null, null, List.of("HIGH_FIRE_RISK,TALL"), null, null), null,
                null));
        expect("bad_small", () -> ZH.query(filters(null, null, null, "maybe", null), null, null));
        expect("bad_sort", () -> ZH.query(filters(null, null, null, null, "address"), null, null));
        expect("bad_text", () -> ZH.query(new QueryParams.Filters("x".repeat(201), null, null, null, null, null, null,
                null, null), null, null));
        assertEquals(200, ZH.query(filters(null, null, null, null, null), null, "200").size());
    }

    @Test
    void messagesFollowTheLanguage() {
        SafeGridException zh = expect("bad_size", () -> ZH.query(filters(null, null, null, null, null), null, "500"));
        assertEquals("参数 size 应为 1 到 200 的整数，而不是“500”", zh.getMessage());
        SafeGridException en = expect("bad_risk", () -> EN.query(filters("purple", null, null, null, null), null,
                null));
        assertEquals("risk must be one of RED, ORANGE, YELLOW, BLUE, not 'purple'", en.getMessage());
    }

    @Test
    void anIdThatIsNotANumberIsNotFound() {
        assertEquals(17, ZH.id("17"));
        SafeGridException e = Errors.expect(Kind.NOT_FOUND, "not_found", () -> ZH.id("abc"));
        assertEquals("企业 abc 不存在", e.getMessage());
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> ZH.id("0"));
        assertTrue(Errors.expect(Kind.NOT_FOUND, "not_found", () -> EN.id("-3")).getMessage().startsWith("Enterprise"));
    }

    static SafeGridException expect(String code, org.junit.jupiter.api.function.Executable run) {
        SafeGridException e = Errors.expect(Kind.BAD_REQUEST, code, run);
        assertTrue(e.details().containsKey("parameter"), e.details().toString());
        return e;
    }
}
