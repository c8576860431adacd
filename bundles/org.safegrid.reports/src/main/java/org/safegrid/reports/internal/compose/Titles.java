package org.safegrid.reports.internal.compose;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.report.ReportPeriod;

/** Report titles, for example 白市驿镇安全生产监管月报（2026年11月）. */
public final class Titles {

    private static final DateTimeFormatter ZH_DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter ZH_SHORT = DateTimeFormatter.ofPattern("M月d日");
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Titles() {
    }

    /** The title of a report on a unit (the town, a department, a village) named {@code name}. */
    public static LocalizedText title(LocalizedText name, ReportPeriod period) {
        String zh = name.zh() + "安全生产监管" + zhKind(period) + "（" + zhPeriod(period) + "）";
        String en = name.en() + ": Work-Safety Supervision " + enKind(period) + " (" + enPeriod(period) + ")";
        return LocalizedText.of(zh, en);
    }

    /** The period as a reader says it. */
    public static LocalizedText period(ReportPeriod period) {
        return LocalizedText.of(zhPeriod(period), enPeriod(period));
    }

    private static String zhKind(ReportPeriod period) {
        return switch (period.granularity()) {
            case DAY -> "日报";
            case WEEK -> "周报";
            case MONTH -> "月报";
            case CUSTOM -> "报告";
        };
    }

    private static String enKind(ReportPeriod period) {
        return switch (period.granularity()) {
            case DAY -> "Daily Report";
            case WEEK -> "Weekly Report";
            case MONTH -> "Monthly Report";
            case CUSTOM -> "Report";
        };
    }

    private static String zhPeriod(ReportPeriod period) {
        LocalDate from = period.from();
        return switch (period.granularity()) {
            case DAY -> ZH_DAY.format(from);
            case WEEK -> from.get(IsoFields.WEEK_BASED_YEAR) + "年第" + from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                    + "周，" + ZH_SHORT.format(from) + "至" + ZH_SHORT.format(period.to());
            case MONTH -> from.getYear() + "年" + from.getMonthValue() + "月";
            case CUSTOM -> ZH_DAY.format(from) + "至" + ZH_DAY.format(period.to());
        };
    }

    private static String enPeriod(ReportPeriod period) {
        LocalDate from = period.from();
        return switch (period.granularity()) {
            case DAY -> EN_DAY.format(from);
            case WEEK -> period.key() + ", " + EN_SHORT.format(from) + " to " + EN_SHORT.format(period.to());
            case MONTH -> EN_MONTH.format(from);
            case CUSTOM -> EN_SHORT.format(from) + " to " + EN_SHORT.format(period.to());
        };
    }
}
