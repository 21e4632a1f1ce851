package org.trialworkbench.analysis.thresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blood pressure written as one pair, "BP > 160/100 mm Hg", "hypertension (≥ 150/90 mmHg)": one limit on
 * the systolic and one on the diastolic pressure, each with the pair's comparator. The scanner reads no
 * number after a "/", so without this the pair reads nothing. Only with a blood-pressure word before it
 * ("blood pressure", "BP", "hypertension", "hypotension") and "mmHg" after it; a comparator is required.
 */
final class BloodPressurePairs {
    static final String SYSTOLIC = "systolic blood pressure";
    static final String DIASTOLIC = "diastolic blood pressure";
    private static final Pattern PAIR = Pattern.compile(
            "(?<![\\p{N}.])(\\d{2,3})\\s*/\\s*(\\d{2,3})\\s*mm\\s*hg(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    /** A blood-pressure word in the text before the pair, within {@link #LOOK_BEHIND} characters. */
    private static final Pattern PRESSURE_WORD = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:blood\\s+pressure|BP|hypertension|hypertensive|hypotension)(?![\\p{L}])");
    private static final int LOOK_BEHIND = 60;

    /** One pair's two limits: the expressions at the systolic and at the diastolic number. */
    record Pair(ValueExpression systolic, ValueExpression diastolic) {
    }

    private BloodPressurePairs() {
    }

    static List<Pair> find(String text) {
        List<Pair> pairs = new ArrayList<>();
        Matcher m = PAIR.matcher(text);
        while (m.find()) {
            int floor = Math.max(0, m.start() - LOOK_BEHIND);
            ComparatorWords.Prefix prefix = ComparatorWords.prefixBefore(text, m.start(1), floor);
            if (prefix == null || !PRESSURE_WORD.matcher(text).region(floor, prefix.start()).find()) {
                continue;
            }
            String unit = "mmHg";
            pairs.add(new Pair(expression(prefix, m.end(), Double.parseDouble(m.group(1)), unit),
                    expression(prefix, m.end(), Double.parseDouble(m.group(2)), unit)));
        }
        return pairs;
    }

    private static ValueExpression expression(ComparatorWords.Prefix prefix, int end, double value, String unit) {
        return new ValueExpression(prefix.start(), end, prefix.comparator(), value, null, unit, false, false,
                List.of(), null, false, false);
    }
}
