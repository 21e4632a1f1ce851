package org.trialworkbench.analysis.merge;

import java.util.List;
import java.util.stream.Collectors;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.Enrollment;

/** How a conflicting value is written for a reviewer ("20 (ESTIMATED)", "65 YEARS, exclusive"). */
final class ValueText {
    private ValueText() {
    }

    static String of(Object value) {
        if (value instanceof Enrollment e) {
            return e.count() + (e.type() == null ? "" : " (" + e.type() + ")");
        }
        if (value instanceof Age a) {
            String number = a.value() == Math.rint(a.value()) ? String.valueOf((long) a.value()) : String.valueOf(a.value());
            return number + " " + a.unit() + (a.inclusive() ? "" : ", exclusive");
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
