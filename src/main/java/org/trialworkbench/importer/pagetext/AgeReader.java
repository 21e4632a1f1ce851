package org.trialworkbench.importer.pagetext;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;

/**
 * Reads age limits as pages write them: "15 Years to 65 Years (Child, Adult)", "18 Years and
 * older", "up to 65 Years", "16 Years" (one limit, caller decides which), and jRCT's English
 * rendering of 以上/未満: "16age old over" (16 or older, inclusive), "65age old not" (under 65,
 * exclusive), "65age old under" (under 65).
 */
final class AgeReader {
    /** A minimum and a maximum; either may be null. */
    record Limits(Age minimum, Age maximum) {
        static final Limits NONE = new Limits(null, null);
    }

    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d{1,3}(?:\\.\\d{1,2})?)\\s*(years?|yrs?|months?|weeks?|days?|hours?|minutes?)(?![a-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JRCT = Pattern.compile(
            "(\\d{1,3})\\s*age\\s*(?:old\\s*)?(over|more|not|under|less)", Pattern.CASE_INSENSITIVE);

    private AgeReader() {
    }

    /** Both limits of a range text; NONE when it states no age. */
    static Limits range(String text) {
        if (text == null) {
            return Limits.NONE;
        }
        Limits jrct = jrctLimits(text);
        if (jrct != null) {
            return jrct;
        }
        Matcher m = AMOUNT.matcher(text);
        Age first = m.find() ? age(m) : null;
        Age second = first != null && m.find() ? age(m) : null;
        if (first == null) {
            return Limits.NONE;
        }
        if (second != null) {
            return new Limits(first, second);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean upper = lower.contains("up to") || lower.contains("younger") || lower.contains("under")
                || lower.contains("or less") || lower.contains("maximum");
        return upper ? new Limits(null, first) : new Limits(first, null);
    }

    /** One age ("65 Years"), inclusive; null when the text is no age. */
    static Age single(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = AMOUNT.matcher(text);
        return m.find() ? age(m) : null;
    }

    private static Limits jrctLimits(String text) {
        Matcher m = JRCT.matcher(text);
        Age min = null;
        Age max = null;
        boolean any = false;
        while (m.find()) {
            any = true;
            double value = Double.parseDouble(m.group(1));
            switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "over", "more" -> min = new Age(value, AgeUnit.YEARS, true);
                default -> max = new Age(value, AgeUnit.YEARS, false);
            }
        }
        return any ? new Limits(min, max) : null;
    }

    private static Age age(Matcher m) {
        return new Age(Double.parseDouble(m.group(1)), unit(m.group(2)), true);
    }

    private static AgeUnit unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("y")) {
            return AgeUnit.YEARS;
        }
        if (w.startsWith("mo")) {
            return AgeUnit.MONTHS;
        }
        if (w.startsWith("w")) {
            return AgeUnit.WEEKS;
        }
        if (w.startsWith("d")) {
            return AgeUnit.DAYS;
        }
        return w.startsWith("h") ? AgeUnit.HOURS : AgeUnit.MINUTES;
    }
}
