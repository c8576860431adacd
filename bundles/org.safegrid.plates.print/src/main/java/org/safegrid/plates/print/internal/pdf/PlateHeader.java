package org.safegrid.plates.print.internal.pdf;

import java.io.IOException;
import java.util.List;

import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.plates.print.internal.model.PlateView;
import org.safegrid.plates.print.internal.model.RiskStyle;

/**
 * The top of the plate: the red title band 「安全生产责任公示牌」, the enterprise's name in large type, and its credit
 * code, address, village and risk level. Laid out once, drawn on every page.
 */
final class PlateHeader {

    static final String TITLE = "安全生产责任公示牌";
    static final float LABEL_WIDTH = 112;
    static final float INFO_SIZE = 11.5f;
    static final float INFO_LINE = 19;

    private final Fonts fonts;
    private final List<PdfText> name;
    private final float nameLine;
    private final List<Info> info;
    private final RiskStyle risk;

    /** A label and its value's lines. */
    private record Info(PdfText label, List<PdfText> value) {
    }

    PlateHeader(Fonts fonts, PlateView view) {
        this.fonts = fonts;
        Enterprise enterprise = view.enterprise();
        PdfText single = PdfText.fitted(enterprise.name(), fonts.bold(), 26, 19, Layout.CONTENT_WIDTH);
        if (single.width() <= Layout.CONTENT_WIDTH && !single.value().endsWith(PdfText.ELLIPSIS)) {
            this.name = List.of(single);
        } else {
            this.name = PdfText.lines(enterprise.name(), fonts.bold(), 19, Layout.CONTENT_WIDTH, 2);
        }
        this.nameLine = name.get(0).size() * 1.35f;
        float valueWidth = Layout.CONTENT_WIDTH - LABEL_WIDTH;
        this.info = List.of(info("统一社会信用代码", enterprise.creditCode(), valueWidth, 1),
                info("地址", enterprise.address(), valueWidth, 2),
                info("所属村（社区）", view.villageName(), valueWidth, 1));
        this.risk = view.risk();
    }

    private Info info(String label, String value, float width, int maxLines) {
        String shown = value == null || value.isBlank() ? TableRow.NONE : value;
        return new Info(PdfText.of(label, fonts.bold(), INFO_SIZE),
                PdfText.lines(shown, fonts.regular(), INFO_SIZE, width, maxLines));
    }

    private float nameTop() {
        return Layout.BAND_TOP + Layout.BAND_HEIGHT + 16;
    }

    private float infoTop() {
        return nameTop() + name.size() * nameLine + 12;
    }

    /** Where the header ends. */
    float bottom() {
        float lines = info.stream().mapToInt(i -> i.value().size()).sum() + 1;
        return infoTop() + lines * INFO_LINE + 6;
    }

    void draw(Canvas canvas) throws IOException {
        canvas.fill(30, Layout.BAND_TOP, Canvas.WIDTH - 60, Layout.BAND_HEIGHT, Palette.RED);
        PdfText title = PdfText.of(TITLE, fonts.bold(), 32);
        canvas.centred(title, Layout.CENTRE, Canvas.middle(Layout.BAND_TOP, Layout.BAND_HEIGHT, title),
                Palette.WHITE);

        float top = nameTop();
        for (PdfText line : name) {
            canvas.centred(line, Layout.CENTRE, Canvas.middle(top, nameLine, line), Palette.INK);
            top += nameLine;
        }
        canvas.line(Layout.LEFT, top + 6, Layout.RIGHT, top + 6, 1.2f, Palette.RED);

        top = infoTop();
        for (Info row : info) {
            canvas.text(row.label(), Layout.LEFT, Canvas.middle(top, INFO_LINE, row.label()), Palette.GREY);
            for (PdfText line : row.value()) {
                canvas.text(line, Layout.LEFT + LABEL_WIDTH, Canvas.middle(top, INFO_LINE, line), Palette.INK);
                top += INFO_LINE;
            }
        }
        PdfText label = PdfText.of("风险等级", fonts.bold(), INFO_SIZE);
        canvas.text(label, Layout.LEFT, Canvas.middle(top, INFO_LINE, label), Palette.GREY);
        PdfText badge = PdfText.of(risk.label(), fonts.bold(), INFO_SIZE);
        float badgeHeight = INFO_LINE - 1;
        canvas.fill(Layout.LEFT + LABEL_WIDTH, top, badge.width() + 20, badgeHeight, risk.colour());
        canvas.text(badge, Layout.LEFT + LABEL_WIDTH + 10, Canvas.middle(top, badgeHeight, badge), risk.text());
    }
}
