package org.trialworkbench.model;

import java.util.List;

/**
 * A numeric limit read from a criterion. {@code text} is the exact span of the criterion text it
 * was read from; {@code unit} is as written; {@code normalized} is the lower bound in the
 * parameter's canonical unit (null when it cannot be converted).
 */
public record Threshold(String parameter, String text, Comparator comparator, double value, Double upper,
                        String unit, Quantity normalized, List<String> flags) {
    public Threshold {
        Values.require(parameter, "parameter");
        Values.require(text, "text");
        Values.require(comparator, "comparator");
        flags = Values.copy(flags);
    }
}
