package org.trialworkbench.analysis.cohorts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a size stated once for every cohort: "cohorts of 3 subjects", "two dosing cohorts consisting of 20
 * individuals", "30 participants each",
 * "6 patients per dose level". A range ("cohorts of 3-6 patients", "7-9 patients") is no size.
 */
public final class CohortSizeReader {
    private static final String WHO = "(?:subjects|patients|participants|volunteers|individuals)";
    private static final Pattern SIZE = Pattern.compile(
            "\\b(?:cohorts?|groups?)\\s+(?:of|consisting\\s+of|comprising|each\\s+of)\\s+(?<a>\\d+)\\s+" + WHO + "(?!\\s*(?:-|–|to)\\s*\\d)"
                    + "|(?<![\\d\\-–]\\s?)\\b(?<b>\\d+)\\s+" + WHO + "\\s+(?:each|per\\s+(?:dose(?:\\s+level)?|cohort|group|level))\\b",
            Pattern.CASE_INSENSITIVE);

    /** The first per-cohort size in the texts, or null. */
    public Integer read(List<String> texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = SIZE.matcher(text);
            if (m.find()) {
                return Integer.valueOf(m.group("a") != null ? m.group("a") : m.group("b"));
            }
        }
        return null;
    }
}
