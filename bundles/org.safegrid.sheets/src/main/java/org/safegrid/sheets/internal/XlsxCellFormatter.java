package org.safegrid.sheets.internal;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns a numeric cell into text the way an import needs it, not the way Excel displays it: dates as ISO
 * {@code yyyy-MM-dd} (with {@code THH:mm:ss} when there is a time of day), every other number plain, without
 * exponent or trailing {@code .0}, so a phone number or code typed as a number comes back as its digits.
 */
final class XlsxCellFormatter extends DataFormatter {

    private final boolean date1904;
    /** Whether a format shows a date; POI's own cache holds only the last format, so mixed columns missed it. */
    private final Map<String, Boolean> dateFormats = new HashMap<>();

    /** @param date1904 whether the workbook counts days from 1904 (old Excel for Mac) rather than 1900 */
    XlsxCellFormatter(boolean date1904) {
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return text(value, formatIndex, formatString);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString,
            boolean use1904Windowing) {
        return text(value, formatIndex, formatString);
    }

    String text(double value, int formatIndex, String formatString) {
        if (formatString != null && isDate(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime time = DateUtil.getLocalDateTime(value, date1904, true);
            if (time != null) {
                if (value < 1) {
                    return time.toLocalTime().format(DateTimeFormatter.ISO_LOCAL_TIME);
                }
                if (time.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                    return time.toLocalDate().toString();
                }
                return CellText.DATE_TIME.format(time);
            }
        }
        return CellText.number(value);
    }

    private boolean isDate(int formatIndex, String formatString) {
        Boolean date = dateFormats.get(formatString);
        if (date == null) {
            date = DateUtil.isADateFormat(formatIndex, formatString);
            dateFormats.put(formatString, date);
        }
        return date;
    }
}
