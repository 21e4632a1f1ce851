package org.trialworkbench.importer.pagetext;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of registry pages as ISO 8601 partial dates, keeping the precision stated:
 * "August 20, 2009" → 2009-08-20, "Jan. 09, 2020" → 2020-01-09, "December 2010" → 2010-12,
 * "2012-02-29" → 2012-02-29, "2017/08/01" → 2017-08-01. Impossible dates (Feb 30) are not dates.
 */
final class PageDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?(?![\\d-])");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}{3,9})\\.?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+(\\p{L}{3,9})\\.?,?\\s+(\\d{4})(?!\\d)");

    private PageDates() {
    }

    /** The date a text starts with, as a partial ISO date; null when it starts with none. */
    static String readStart(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        for (Pattern p : new Pattern[] {ISO, SLASHED, MONTH_DAY_YEAR, DAY_MONTH_YEAR, MONTH_YEAR}) {
            Matcher m = p.matcher(s);
            if (m.lookingAt()) {
                String iso = toIso(p, m);
                if (iso != null) {
                    return iso;
                }
            }
        }
        return null;
    }

    /** The date a whole line is (trailing period allowed); null when the line is more than a date. */
    static String readWhole(String line) {
        if (line == null) {
            return null;
        }
        String s = line.strip();
        for (Pattern p : new Pattern[] {ISO, SLASHED, MONTH_DAY_YEAR, DAY_MONTH_YEAR, MONTH_YEAR}) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                return toIso(p, m);
            }
        }
        return null;
    }

    private static String toIso(Pattern p, Matcher m) {
        if (p == ISO || p == SLASHED) {
            return iso(m.group(1), m.group(2), m.group(3));
        }
        if (p == MONTH_DAY_YEAR) {
            Integer month = month(m.group(1));
            return month == null ? null : iso(m.group(3), month.toString(), m.group(2));
        }
        if (p == DAY_MONTH_YEAR) {
            Integer month = month(m.group(2));
            return month == null ? null : iso(m.group(3), month.toString(), m.group(1));
        }
        Integer month = month(m.group(1));
        return month == null ? null : iso(m.group(2), month.toString(), null);
    }

    private static String iso(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            int mo = Integer.parseInt(month);
            if (day == null) {
                LocalDate.of(y, mo, 1);
                return String.format(Locale.ROOT, "%04d-%02d", y, mo);
            }
            return LocalDate.of(y, mo, Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** 1-12 for a month name or its abbreviation ("Jan", "Sept", "April"); null otherwise. */
    static Integer month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return null;
        }
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(w)) {
                return m.getValue();
            }
        }
        return null;
    }
}
