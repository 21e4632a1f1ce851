package org.trialworkbench.importer.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time-frame phrases ("every three month", "monthly", "at 12 months after
 * transplantation", "Week 24", "baseline to 6 months") by the shapes in
 * {@code time-frame-shapes.txt}. Two uses: splitting a run-on "measure time frame measure time
 * frame" row into outcomes, and reading the time frame that ends a measure.
 */
final class TimeFrames {
    private static final String NUM = "(?:\\d{1,4}(?:\\.\\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|eighteen|twenty|thirty|other)";
    private static final String UNIT = "(?:minute|min|hour|hr|day|week|wk|month|mo|year|yr)s?";
    private static final Pattern SHAPES = compile();

    /** A measure with the time frame that followed it (null when none did). */
    record Item(String measure, String timeFrame) {
    }

    private TimeFrames() {
    }

    private static Pattern compile() {
        List<String> shapes = new ArrayList<>();
        for (String line : Resources.lines("time-frame-shapes.txt")) {
            shapes.add(line.replace("NUM", NUM).replace("UNIT", UNIT));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", shapes) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE);
    }

    /**
     * Splits "A every three month B every three month C monthly" into (A, every three month),
     * (B, ...), (C, monthly): a time-frame phrase ends an item when the text ends after it or the
     * next word starts with a capital (the next measure). Text after the last such phrase becomes
     * an item without time frame.
     */
    static List<Item> splitRunOn(String text) {
        List<Item> items = new ArrayList<>();
        Matcher m = SHAPES.matcher(text);
        int itemStart = 0;
        while (m.find()) {
            if (m.start() <= itemStart || !endsItem(text, m.end())) {
                continue;
            }
            String measure = trimMeasure(text.substring(itemStart, m.start()));
            if (!measure.isEmpty()) {
                items.add(new Item(measure, m.group().strip()));
                itemStart = m.end();
            }
        }
        String rest = trimMeasure(text.substring(Math.min(itemStart, text.length())));
        if (!rest.isEmpty()) {
            items.add(new Item(rest, null));
        }
        return items;
    }

    private static boolean endsItem(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ';' || text.charAt(i) == ',')) {
            i++;
        }
        if (i == text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i == text.length() || Character.isUpperCase(text.charAt(i));
    }

    private static String trimMeasure(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ",;".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        return t;
    }

    /**
     * The time frame a measure ends with ("... skin score at 12 months after transplantation" →
     * "12 months after transplantation"; a leading "at" is dropped, other prepositions kept);
     * null when the measure does not end with one.
     */
    static String tail(String measure) {
        if (measure == null) {
            return null;
        }
        String t = measure.strip();
        while (!t.isEmpty() && ".;,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        Matcher m = SHAPES.matcher(t);
        String last = null;
        while (m.find()) {
            if (m.end() == t.length()) {
                last = m.group();
            }
        }
        if (last == null) {
            return null;
        }
        return last.regionMatches(true, 0, "at ", 0, 3) ? last.substring(3).strip() : last.strip();
    }
}
