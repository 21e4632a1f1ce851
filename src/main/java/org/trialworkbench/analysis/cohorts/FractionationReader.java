package org.trialworkbench.analysis.cohorts;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Quantity;

/**
 * Reads radiotherapy written as a total over fractions: "70 Gy/35 fx", "74 Gy given in 37
 * fractions (2.0 Gy per fraction)". The dose per administration is the stated per-fraction dose
 * when written, else total / fractions; the cumulative dose is the stated total.
 */
public final class FractionationReader {
    private static final Pattern TOTAL_OVER_FRACTIONS = Pattern.compile(
            "(?<total>\\d+(?:\\.\\d+)?)\\s*Gy\\s*(?:/|in|given in|delivered in)\\s*(?<n>\\d+)\\s*(?:fx|fractions)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PER_FRACTION = Pattern.compile(
            "(?<dose>\\d+(?:\\.\\d+)?)\\s*Gy\\s*(?:per|/|a|each)\\s*(?:fraction|fx)\\b", Pattern.CASE_INSENSITIVE);

    /** Total, count and per-fraction dose read from one text. */
    public record Fractionation(DoseMatch total, int fractions, DoseMatch perFraction) {
    }

    /** The first "total over fractions" statement, with the per-fraction dose of the same text. */
    public Optional<Fractionation> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TOTAL_OVER_FRACTIONS.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        double totalValue = Double.parseDouble(m.group("total"));
        int n = Integer.parseInt(m.group("n"));
        DoseMatch total = new DoseMatch(new Quantity(totalValue, "Gy"), m.group(), m.start(), m.end());
        Matcher per = PER_FRACTION.matcher(text);
        DoseMatch perFraction = per.find()
                ? new DoseMatch(new Quantity(Double.parseDouble(per.group("dose")), "Gy"), per.group(), per.start(), per.end())
                : new DoseMatch(new Quantity(totalValue / n, "Gy"), m.group(), m.start(), m.end());
        return Optional.of(new Fractionation(total, n, perFraction));
    }
}
