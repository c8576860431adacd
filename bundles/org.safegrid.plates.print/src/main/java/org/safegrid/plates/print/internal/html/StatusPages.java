package org.safegrid.plates.print.internal.html;

/** The short public pages: not found, an error, and the tip-off channel that is not open yet. */
public final class StatusPages {

    static final String HEADING = "安全生产责任公示";

    private StatusPages() {
    }

    /** 404: no plate for this address. */
    public static String notFound() {
        return message("未找到该单位", "未找到该单位的安全生产责任公示信息。",
                "请核对二维码或链接中的统一社会信用代码是否完整、正确。");
    }

    /** 500 or 503: the page cannot be shown now. */
    public static String unavailable() {
        return message("页面暂时无法显示", "页面暂时无法显示。", "请稍后再试。");
    }

    /** The public tip-off channel, until it exists. */
    public static String tipOffsSoon() {
        return PageShell.page("群众举报", "群众举报", "<section class=\"card message\"><h2>举报渠道即将开通</h2>"
                + "<p>安全生产群众举报的网上渠道正在建设中，即将开通，敬请关注。</p></section>\n", null);
    }

    private static String message(String title, String headline, String hint) {
        return PageShell.page(title, HEADING, "<section class=\"card message\"><h2>" + Html.escape(headline)
                + "</h2><p>" + Html.escape(hint) + "</p></section>\n", null);
    }
}
