package org.safegrid.reports.internal.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.safegrid.reports.internal.view.ReportView.FigureView;

/** How figure values read in the exports: rates as percentages, amounts in yuan, flags as yes or no. */
public final class Values {

    private Values() {
    }

    /** The value as a spreadsheet cell: a number (rates in percent, amounts in yuan), a word for flags, or null. */
    public static Object cell(FigureView figure, Number value, boolean english) {
        if (value == null) {
            return null;
        }
        return switch (figure.type()) {
            case "RATE" -> BigDecimal.valueOf(value.doubleValue() * 100).setScale(1, RoundingMode.HALF_UP);
            case "AMOUNT" -> BigDecimal.valueOf(value.longValue()).movePointLeft(2);
            case "FLAG" -> (value.longValue() != 0 ? Labels.YES : Labels.NO).in(english);
            default -> value.longValue();
        };
    }

    /** The value as text for the PDF: 83.3%, 1,200.00, 是, 12, or — for none. */
    public static String text(FigureView figure, Number value, boolean english) {
        if (value == null) {
            return "—";
        }
        Object cell = cell(figure, value, english);
        if ("RATE".equals(figure.type())) {
            return ((BigDecimal) cell).toPlainString() + "%";
        }
        if ("AMOUNT".equals(figure.type())) {
            return String.format("%,.2f", (BigDecimal) cell);
        }
        return String.valueOf(cell);
    }

    /** The header of a figure's column: the label, with % or 元 when that is the unit. */
    public static String header(FigureView figure, boolean english) {
        return switch (figure.type()) {
            case "RATE" -> figure.label() + " (%)";
            case "AMOUNT" -> figure.label() + (english ? " (yuan)" : "（元）");
            default -> figure.label();
        };
    }

    /** The header of a figure's column in the document, where rates already carry their % sign. */
    public static String documentHeader(FigureView figure, boolean english) {
        return "RATE".equals(figure.type()) ? figure.label() : header(figure, english);
    }

    /** A score as text with one decimal. */
    public static String score(double score) {
        return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
