package org.safegrid.plates.print.internal.html;

/**
 * The frame of every public page: a complete HTML document in Simplified Chinese with its style sheet inline (no
 * external resource, no script), readable on a 360 px phone screen and on a desktop.
 */
final class PageShell {

    static final String STYLE = """
            *{box-sizing:border-box}
            body{margin:0;background:#f4f4f4;color:#212121;font:16px/1.6 -apple-system,"PingFang SC",\
            "Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;\
            -webkit-text-size-adjust:100%}
            .band{background:#c62828;color:#fff;text-align:center;padding:14px 12px}
            .band h1{margin:0;font-size:21px;letter-spacing:2px}
            main{max-width:720px;margin:0 auto;padding:12px}
            .card{background:#fff;border-radius:8px;padding:14px 16px;margin:0 0 12px;\
            box-shadow:0 1px 2px rgba(0,0,0,.08)}
            .card h2{margin:0 0 8px;font-size:19px;line-height:1.4;word-break:break-all}
            dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:4px 12px}
            dt{color:#757575;white-space:nowrap}
            dd{margin:0;word-break:break-all}
            .badge{display:inline-block;padding:0 10px;border-radius:4px;font-weight:600}
            .warn{margin:0 0 8px;padding:8px 10px;border-radius:4px;background:#fdecea;color:#c62828}
            .note{margin:8px 0 0;color:#ef6c00}
            .roles{list-style:none;margin:0;padding:0}
            .role{padding:10px 0;border-top:1px solid #eee}
            .role:first-child{border-top:0}
            .role-name{font-weight:600;color:#c62828}
            .person{display:flex;flex-wrap:wrap;gap:2px 12px}
            .person+.person{margin-top:6px}
            .person .name{font-weight:600}
            .person .post,.person .position{color:#616161}
            .person .phone{font-variant-numeric:tabular-nums}
            .missing .name{color:#c62828}
            .updated{color:#757575;font-size:14px;text-align:center;margin:4px 0 12px}
            .report{display:block;text-align:center;background:#c62828;color:#fff;text-decoration:none;\
            font-size:18px;font-weight:600;padding:12px;border-radius:8px}
            .message{text-align:center;padding:32px 16px}
            .message p{color:#616161}
            @media (max-width:480px){dl{grid-template-columns:1fr;gap:0}dt{font-size:14px}dd{margin-bottom:6px}}
            footer{text-align:center;color:#9e9e9e;font-size:13px;padding:16px 12px 24px}
            """;

    private PageShell() {
    }

    /** A whole page: the title band, then {@code body} (HTML, already escaped), then the footer text. */
    static String page(String title, String heading, String body, String footer) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n<title>" + Html.escape(title) + "</title>\n<style>"
                + STYLE + "</style>\n</head>\n<body>\n<header class=\"band\"><h1>" + Html.escape(heading)
                + "</h1></header>\n<main>\n" + body + "</main>\n"
                + (footer == null || footer.isBlank() ? "" : "<footer>" + Html.escape(footer) + "</footer>\n")
                + "</body>\n</html>\n";
    }
}
