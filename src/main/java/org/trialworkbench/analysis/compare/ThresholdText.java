package org.trialworkbench.analysis.compare;

import org.trialworkbench.model.Comparator;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.model.UnitNames;

/** A threshold written for a cell: normalized when it could be, else as written. */
public final class ThresholdText {
    private ThresholdText() {
    }

    public static String of(Threshold t) {
        Quantity q = t.normalized();
        if (t.comparator() == Comparator.BETWEEN && t.upper() != null) {
            // The upper bound is normalized by the lower bound's factor; a zero lower bound has none.
            if (q != null && t.value() != 0) {
                double upper = q.value() * t.upper() / t.value();
                return Numbers.format(q.value()) + "–" + Numbers.format(upper) + unit(q.unit());
            }
            return Numbers.format(t.value()) + "–" + Numbers.format(t.upper()) + unit(q != null ? q.unit() : t.unit());
        }
        if (q != null) {
            return t.comparator().symbol() + " " + Numbers.format(q.value()) + unit(q.unit());
        }
        return t.comparator().symbol() + " " + Numbers.format(t.value()) + unit(t.unit());
    }

    private static String unit(String unit) {
        return unit == null || unit.isBlank() ? "" : " " + UnitNames.forReading(unit);
    }
}
