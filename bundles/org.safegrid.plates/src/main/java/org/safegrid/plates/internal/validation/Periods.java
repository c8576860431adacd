package org.safegrid.plates.internal.validation;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Appraisal periods: a year ({@code 2026}), a half ({@code 2026-H1}), a quarter ({@code 2026-Q4}) or a month. */
public final class Periods {

    public static final Pattern PERIOD = Pattern.compile("^(\\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$");

    /** The first year a period may name. */
    public static final int FIRST_YEAR = 2000;

    private Periods() {
    }

    /** The first day of a period, or null when the text is not one. */
    public static LocalDate start(String period) {
        Matcher m = period == null ? null : PERIOD.matcher(period);
        if (m == null || !m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_YEAR) {
            return null;
        }
        String part = m.group(2);
        int month;
        if (part == null) {
            month = 1;
        } else if (part.startsWith("H")) {
            month = part.equals("H1") ? 1 : 7;
        } else if (part.startsWith("Q")) {
            month = (part.charAt(1) - '1') * 3 + 1;
        } else {
            month = Integer.parseInt(part);
        }
        return LocalDate.of(year, month, 1);
    }
}
