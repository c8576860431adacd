package org.safegrid.plates.print.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.plates.api.Plate;
import org.safegrid.plates.print.internal.Samples;
import org.safegrid.plates.print.internal.model.PlateView;

class PublicPlatePageTest {

    static final ZoneId TOWN = ZoneId.of("Asia/Shanghai");

    private static String render(PlateView view) {
        return PublicPlatePage.render(view, "/public/tipoffs", "白市驿镇安全生产委员会办公室", TOWN);
    }

    @Test
    void escapesEveryValueFromTheRegistry() {
        PlateView view = new PlateView(Samples.plate("<script>alert('x')</script>", 0),
                Samples.enterprise("A&B \"加油站\" <b>", RiskLevel.ORANGE), "<i>村</i>");

        String page = render(view);

        assertFalse(page.contains("<script>"), "no script element");
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(page.contains("<h2>A&amp;B &quot;加油站&quot; &lt;b&gt;</h2>"));
        assertTrue(page.contains("<title>安全生产责任公示 - A&amp;B &quot;加油站&quot; &lt;b&gt;</title>"));
        assertTrue(page.contains("&lt;i&gt;村&lt;/i&gt;"));
        assertFalse(page.contains("<b>") || page.contains("<i>"));
    }

    @Test
    void showsTheEnterpriseTheRolesInOrderAndMasksPhones() {
        String page = render(Samples.view());

        assertTrue(page.contains("<h2>" + Samples.NAME + "</h2>"));
        assertTrue(page.contains("<dd>" + Samples.CODE + "</dd>"));
        assertTrue(page.contains("<dd>白市驿村</dd>"));
        assertTrue(page.contains("background:#d32f2f;color:#ffffff\">红色 · 重大风险</span>"));
        assertTrue(page.indexOf("监管责任人") < page.indexOf("镇级分管责任人"));
        assertTrue(page.indexOf("镇级分管责任人") < page.indexOf("企业主体责任人"));
        assertTrue(page.indexOf("岗位责任人") < page.indexOf("燃气安全员"));
        assertTrue(page.contains("<span class=\"name\">王建国</span><span class=\"position\">总经理</span>"
                + "<span class=\"phone\">138****5678</span>"));
        assertTrue(page.contains("<span class=\"phone\">023-****1234</span>"));
        assertTrue(page.contains("<span class=\"post\">卸油口</span><span class=\"name\">岗位人0</span>"));
        assertFalse(page.contains("13812345678"), "no full mobile number");
        assertFalse(page.contains("65671234"), "no full landline");
        assertFalse(page.contains("郑旧"), "a role no longer required is not shown");
    }

    @Test
    void missingRolesShowAsUnclearAndTheCountIsStated() {
        String page = render(Samples.view());

        assertTrue(page.contains("<li class=\"role missing\"><div class=\"role-name\">镇级分管责任人</div>"
                + "<div class=\"person\"><span class=\"name\">未明确</span></div></li>"));
        assertTrue(page.contains("<li class=\"role missing\"><div class=\"role-name\">燃气安全员</div>"));
        assertTrue(page.contains("2 项未明确"));
    }

    @Test
    void isAMobilePageInChineseWithoutExternalResourcesAndLinksToTipOffs() {
        String page = render(Samples.view());

        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
        assertTrue(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        assertTrue(page.contains("<a class=\"report\" href=\"/public/tipoffs\">我要举报</a>"));
        assertTrue(page.contains("最近更新：2026年11月29日"), "01:30 in the town on the 29th");
        assertTrue(page.contains("<footer>白市驿镇安全生产委员会办公室</footer>"));
        assertFalse(page.contains("<script"));
        assertFalse(page.contains("<link"));
        assertFalse(page.contains("src="));
        assertFalse(page.contains("url("));
        assertFalse(page.contains("@import"));
    }

    @Test
    void aPlateNeverFilledInSaysSoAndAClosedEnterpriseIsNoted() {
        Plate plate = Samples.plate("李强", 0);
        Plate fresh = new Plate(plate.enterpriseId(), plate.creditCode(), plate.enterpriseName(), plate.roles(),
                List.of(), plate.missing(), 0, null);
        var closed = Samples.enterprise();
        closed = new org.safegrid.enterprises.api.Enterprise(closed.id(), closed.creditCode(), closed.name(),
                closed.address(), closed.village(), closed.sector(), closed.department(), closed.secondDepartment(),
                closed.staffCount(), closed.small(), org.safegrid.enterprises.api.EnterpriseStatus.CLOSED, null,
                closed.flags(), closed.contacts(), closed.version(), closed.createdAt(), closed.updatedAt());

        String page = render(new PlateView(fresh, closed, null));

        assertTrue(page.contains("最近更新：尚未填报"));
        assertTrue(page.contains("该单位目前已关闭。"));
        assertTrue(page.contains(">未评定</span>"));
        assertTrue(page.contains("<dt>所属村（社区）</dt><dd>—</dd>"));
    }

    @Test
    void statusPagesAreChinese() {
        assertTrue(StatusPages.notFound().contains("未找到该单位的安全生产责任公示信息"));
        assertTrue(StatusPages.unavailable().contains("页面暂时无法显示"));
        String tipOffs = StatusPages.tipOffsSoon();
        assertTrue(tipOffs.contains("举报渠道即将开通"));
        assertFalse(tipOffs.contains("<a "), "the placeholder gives nothing else");
    }

    @Test
    void escapeCoversTheFiveCharacters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
                Html.escape("<a href=\"x\" title='y'>&</a>"));
        assertEquals("", Html.escape(null));
    }
}
