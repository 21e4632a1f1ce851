package org.trialworkbench.analysis.compare;

import org.trialworkbench.model.Comparator;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Threshold;

/** A threshold written for a cell: normalized when it could be, else as written. */
public final class ThresholdText {
    private ThresholdText() {
    }

    public static String of(Threshold t) {
        Quantity q = t.normalized();
        if (q != null) {
            if (t.comparator() == Comparator.BETWEEN && t.upper() != null && t.value() != 0) {
                double upper = q.value() * t.upper() / t.value();
                return Numbers.format(q.value()) + "–" + Numbers.format(upper) + unit(q.unit());
            }
            return t.comparator().symbol() + " " + Numbers.format(q.value()) + unit(q.unit());
        }
        if (t.comparator() == Comparator.BETWEEN && t.upper() != null) {
            return Numbers.format(t.value()) + "–" + Numbers.format(t.upper()) + unit(t.unit());
        }
        return t.comparator().symbol() + " " + Numbers.format(t.value()) + unit(t.unit());
    }

    private static String unit(String unit) {
        return unit == null || unit.isBlank() ? "" : " " + unit;
    }
}
