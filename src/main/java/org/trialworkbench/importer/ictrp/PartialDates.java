package org.trialworkbench.importer.ictrp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the date shapes registries use into ISO 8601 partial dates (YYYY-MM-DD, YYYY-MM, YYYY):
 * 20/05/2021 (ICTRP writes day first), 2021-05-20, 2021/05/20, 20210520, "May 20, 2021",
 * "20 May 2021", "May 2021", "2021". Null when the text is no date or an impossible one.
 */
public final class PartialDates {
    private static final Map<String, Integer> MONTHS = monthNames();
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)\\.?,?\\s+(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private PartialDates() {
    }

    public static String toIso(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip().replaceFirst("\\s+\\d{1,2}:\\d{2}(:\\d{2})?$", "");
        Matcher m;
        if ((m = DAY_FIRST.matcher(s)).matches()) {
            return day(m.group(3), num(m.group(2)), num(m.group(1)));
        }
        if ((m = YEAR_FIRST.matcher(s)).matches()) {
            return m.group(3) == null ? month(m.group(1), num(m.group(2))) : day(m.group(1), num(m.group(2)), num(m.group(3)));
        }
        if ((m = COMPACT.matcher(s)).matches()) {
            return day(m.group(1), num(m.group(2)), num(m.group(3)));
        }
        if ((m = MONTH_DAY_YEAR.matcher(s)).matches()) {
            return day(m.group(3), monthNumber(m.group(1)), num(m.group(2)));
        }
        if ((m = DAY_MONTH_YEAR.matcher(s)).matches()) {
            return day(m.group(3), monthNumber(m.group(2)), num(m.group(1)));
        }
        if ((m = MONTH_YEAR.matcher(s)).matches()) {
            return month(m.group(2), monthNumber(m.group(1)));
        }
        return YEAR.matcher(s).matches() ? s : null;
    }

    private static String day(String year, int month, int day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, day).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String month(String year, int month) {
        return month >= 1 && month <= 12 ? year + "-" + (month < 10 ? "0" : "") + month : null;
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static int monthNumber(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), -1);
    }

    private static Map<String, Integer> monthNames() {
        Map<String, Integer> names = new HashMap<>();
        for (Month month : Month.values()) {
            names.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month.getValue());
            names.put(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month.getValue());
        }
        names.put("sept", 9);
        return names;
    }
}
