package org.safegrid.plates.print.internal.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.plates.api.PlatePerson;
import org.safegrid.plates.print.internal.model.PhoneMask;
import org.safegrid.plates.print.internal.model.PlateView;
import org.safegrid.plates.print.internal.model.RiskStyle;
import org.safegrid.plates.print.internal.model.RoleGroup;

/**
 * The public plate page (no login): the enterprise, its risk level, each required role with the people holding it
 * (phone numbers masked) or 未明确, when the plate last changed, and the way to report a hazard. Every value from the
 * registry is escaped.
 */
public final class PublicPlatePage {

    static final String MISSING = "未明确";
    static final String NONE = "—";

    private PublicPlatePage() {
    }

    /**
     * The page.
     *
     * @param view the plate and its enterprise
     * @param tipOffsHref where 「我要举报」 leads
     * @param issuer the body that publishes the plate, shown in the footer
     * @param zone the town's time zone, for the date of the last change
     */
    public static String render(PlateView view, String tipOffsHref, String issuer, ZoneId zone) {
        Enterprise enterprise = view.enterprise();
        StringBuilder body = new StringBuilder(4096);
        enterprise(body, view);
        roles(body, view);
        body.append("<p class=\"updated\">最近更新：").append(Html.escape(updated(view.plate().updatedAt(), zone)))
                .append("</p>\n");
        body.append("<a class=\"report\" href=\"").append(Html.escape(tipOffsHref)).append("\">我要举报</a>\n");
        return PageShell.page("安全生产责任公示 - " + enterprise.name(), StatusPages.HEADING, body.toString(), issuer);
    }

    private static void enterprise(StringBuilder out, PlateView view) {
        Enterprise enterprise = view.enterprise();
        RiskStyle risk = view.risk();
        out.append("<section class=\"card\">\n<h2>").append(Html.escape(enterprise.name())).append("</h2>\n<dl>\n");
        item(out, "统一社会信用代码", enterprise.creditCode());
        item(out, "地址", enterprise.address());
        item(out, "所属村（社区）", view.villageName());
        out.append("<dt>风险等级</dt><dd><span class=\"badge\" style=\"background:").append(risk.css())
                .append(";color:").append(risk.textCss()).append("\">").append(Html.escape(risk.label()))
                .append("</span></dd>\n</dl>\n");
        String status = status(enterprise.status());
        if (status != null) {
            out.append("<p class=\"note\">该单位目前").append(status).append("。</p>\n");
        }
        out.append("</section>\n");
    }

    private static void roles(StringBuilder out, PlateView view) {
        out.append("<section class=\"card\">\n<h2>安全生产责任人</h2>\n");
        int missing = view.plate().missing().size();
        if (missing > 0) {
            out.append("<p class=\"warn\">责任人尚未全部明确：").append(missing).append(" 项未明确。</p>\n");
        }
        out.append("<ul class=\"roles\">\n");
        for (RoleGroup group : view.groups()) {
            out.append(group.missing() ? "<li class=\"role missing\">" : "<li class=\"role\">")
                    .append("<div class=\"role-name\">").append(Html.escape(group.name())).append("</div>");
            if (group.missing()) {
                out.append("<div class=\"person\"><span class=\"name\">").append(MISSING).append("</span></div>");
            }
            for (PlatePerson person : group.persons()) {
                person(out, person);
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private static void person(StringBuilder out, PlatePerson person) {
        out.append("<div class=\"person\">");
        if (person.post() != null && !person.post().isBlank()) {
            out.append("<span class=\"post\">").append(Html.escape(person.post().strip())).append("</span>");
        }
        out.append("<span class=\"name\">").append(Html.escape(orNone(person.name()))).append("</span>");
        out.append("<span class=\"position\">").append(Html.escape(orNone(person.position()))).append("</span>");
        out.append("<span class=\"phone\">").append(Html.escape(PhoneMask.mask(person.phone()))).append("</span>");
        out.append("</div>");
    }

    private static void item(StringBuilder out, String label, String value) {
        out.append("<dt>").append(label).append("</dt><dd>").append(Html.escape(orNone(value))).append("</dd>\n");
    }

    private static String status(EnterpriseStatus status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case OPERATING -> null;
            case SUSPENDED -> "停业";
            case CLOSED -> "已关闭";
        };
    }

    static String updated(Instant at, ZoneId zone) {
        if (at == null) {
            return "尚未填报";
        }
        LocalDate date = LocalDate.ofInstant(at, zone);
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value.strip();
    }
}
