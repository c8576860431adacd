package org.safegrid.plates.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safegrid.api.error.SafeGridException.Kind;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.plates.internal.testing.Errors;

class QueryParamsTest {

    static QueryParams.Filters filters(String risk, String status, List<String> flags, String small, String sort) {
        return new QueryParams.Filters(" 加油 ", "baishiyi", "emergency", null, risk, status, flags, small, sort);
    }

    @Test
    void enterpriseFilters() {
        EnterpriseQuery q = QueryParams.enterprises(filters("red", "OPERATING",
                Arrays.asList("HIGH_FIRE_RISK", "", null, "special_equipment"), "true", "-name"),
                QueryParams.paging("2", "50", "en"), "en");
        assertEquals(new EnterpriseQuery("加油", "baishiyi", "emergency", null, RiskLevel.RED,
                EnterpriseStatus.OPERATING, Set.of(EnterpriseFlag.HIGH_FIRE_RISK, EnterpriseFlag.SPECIAL_EQUIPMENT),
                true, 2, 50, "-name"), q);
        EnterpriseQuery none = QueryParams.enterprises(new QueryParams.Filters(" ", null, "", null, null, null,
                null, null, null), QueryParams.paging(null, null, "en"), "en");
        assertNull(none.text());
        assertNull(none.department());
        assertEquals(0, none.page());
        assertEquals(20, none.size());
    }

    @Test
    void badFiltersAre400s() {
        var paging = QueryParams.paging(null, null, "en");
        Errors.expect(Kind.BAD_REQUEST, "bad_risk",
                () -> QueryParams.enterprises(filters("PURPLE", null, null, null, null), paging, "en"));
        Errors.expect(Kind.BAD_REQUEST, "bad_status",
                () -> QueryParams.enterprises(filters(null, "OPEN", null, null, null), paging, "en"));
        Errors.expect(Kind.BAD_REQUEST, "bad_flag",
                () -> QueryParams.enterprises(filters(null, null, List.of("BIG"), null, null), paging, "en"));
        Errors.expect(Kind.BAD_REQUEST, "bad_small",
                () -> QueryParams.enterprises(filters(null, null, null, "yes", null), paging, "en"));
        Errors.expect(Kind.BAD_REQUEST, "bad_sort",
                () -> QueryParams.enterprises(filters(null, null, null, null, "-address"), paging, "en"));
        Errors.expect(Kind.BAD_REQUEST, "bad_page", () -> QueryParams.paging("-1", null, "en"));
        Errors.expect(Kind.BAD_REQUEST, "bad_size", () -> QueryParams.paging(null, "201", "en"));
        Errors.expect(Kind.BAD_REQUEST, "bad_size", () -> QueryParams.paging(null, "0", "en"));
        var e = Errors.expect(Kind.BAD_REQUEST, "bad_text", () -> QueryParams
                .enterprises(new QueryParams.Filters("x".repeat(101), null, null, null, null, null, null, null, null),
                        paging, "zh-CN"));
        assertEquals("参数 text 不正确: ≤ 100", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "abc", "1.5", "99999999999999999999", ""})
    void anEnterpriseIdThatIsNotAPositiveNumberIsA404(String id) {
        Errors.expect(Kind.NOT_FOUND, "not_found", () -> QueryParams.enterpriseId(id, "en"));
    }

    @Test
    void anEnterpriseId() {
        assertEquals(42, QueryParams.enterpriseId("42", "en"));
    }
}
