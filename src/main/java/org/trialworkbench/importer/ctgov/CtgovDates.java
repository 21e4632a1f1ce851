package org.trialworkbench.importer.ctgov;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.DateType;
import org.trialworkbench.model.TrialDates;

/**
 * Turns ClinicalTrials.gov dates into ISO 8601 partial dates with the precision the source gave:
 * "2009-08" and "August 2009" → "2009-08", "August 20, 2009" → "2009-08-20", "2009" → "2009".
 * A date that is not one of these shapes is reported and left empty, never guessed.
 */
public final class CtgovDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2}),\\s*(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)\\.?,?\\s+(\\d{4})");

    private CtgovDates() {
    }

    /**
     * A record's three dates as the registry writes them, each with its type ("Actual", "Anticipated",
     * "ESTIMATED"; null when the record gives none), read to ISO partial dates and {@link DateType}s.
     */
    public static TrialDates trialDates(String start, String startType, String primary, String primaryType,
                                        String completion, String completionType, MappingLog log) {
        return new TrialDates(toIso(start, "start date", log), toIso(primary, "primary completion date", log),
                toIso(completion, "completion date", log), CtgovVocabulary.dateType(startType, log),
                CtgovVocabulary.dateType(primaryType, log), CtgovVocabulary.dateType(completionType, log));
    }

    /** The ISO partial date, or null (with a warning naming {@code what}) when it cannot be read. */
    public static String toIso(String text, String what, MappingLog log) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String iso = parse(text.strip());
        if (iso == null) {
            log.warn(what + " '" + text.strip() + "' is not a date this importer reads; left empty");
        }
        return iso;
    }

    /** The ISO partial date, or null when the text is no date of a known shape. */
    static String parse(String s) {
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return iso(m.group(1), m.group(2), m.group(3));
            }
            m = MONTH_DAY_YEAR.matcher(s);
            if (m.matches()) {
                Month month = month(m.group(1));
                return month == null ? null : LocalDate.of(year(m.group(3)), month, Integer.parseInt(m.group(2))).toString();
            }
            m = MONTH_YEAR.matcher(s);
            if (m.matches()) {
                Month month = month(m.group(1));
                return month == null ? null : YearMonth.of(year(m.group(2)), month).toString();
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null; // e.g. "February 30, 2009": not a date, reported by the caller
        }
        return null;
    }

    private static String iso(String year, String month, String day) {
        if (month == null) {
            return String.valueOf(year(year));
        }
        if (day == null) {
            return YearMonth.of(year(year), Integer.parseInt(month)).toString();
        }
        return LocalDate.of(year(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (year < 1900 || year > 2200) {
            throw new DateTimeException("implausible year " + year);
        }
        return year;
    }

    private static Month month(String name) {
        // full English month names and their three-letter abbreviations ("Aug", "Sept" is not used by the registry)
        String n = name.toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().equals(n) || (n.length() == 3 && month.name().startsWith(n))) {
                return month;
            }
        }
        return null;
    }
}
