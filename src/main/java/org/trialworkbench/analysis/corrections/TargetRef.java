package org.trialworkbench.analysis.corrections;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed correction target: {@code criterion:I2}, {@code criterion:I2/threshold:0} (thresholds
 * by their position in the criterion, from 0), {@code outcome:P1} or {@code cohort:C1}.
 */
public record TargetRef(Kind kind, String key, int thresholdIndex) {
    /** What a correction can point at. */
    public enum Kind { CRITERION, THRESHOLD, OUTCOME, COHORT }

    private static final Pattern SYNTAX = Pattern.compile(
            "(criterion|outcome|cohort):([A-Za-z0-9]+)(?:/threshold:([0-9]{1,4}))?");

    /** The target, or empty when the text is not a correctable target. */
    public static Optional<TargetRef> parse(String target) {
        Matcher m = target == null ? null : SYNTAX.matcher(target);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        String type = m.group(1);
        if (m.group(3) != null) {
            return "criterion".equals(type)
                    ? Optional.of(new TargetRef(Kind.THRESHOLD, m.group(2), Integer.parseInt(m.group(3))))
                    : Optional.empty();
        }
        Kind kind = switch (type) {
            case "criterion" -> Kind.CRITERION;
            case "outcome" -> Kind.OUTCOME;
            default -> Kind.COHORT;
        };
        return Optional.of(new TargetRef(kind, m.group(2), -1));
    }
}
