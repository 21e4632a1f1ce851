package org.trialworkbench.analysis.schedule;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Schedule;

/**
 * Writes a schedule the way the phrase tables state it: "0 DAY; 4 WEEK", "3 MONTH until 2 YEAR",
 * and a time after another event with its anchor: "30 DAY @last dose".
 */
final class ScheduleText {

    private ScheduleText() {
    }

    static String points(Schedule s) {
        List<String> parts = new ArrayList<>();
        for (Offset o : s.timePoints()) {
            parts.add(offset(o));
        }
        return String.join("; ", parts);
    }

    static String recurrence(Schedule s) {
        if (s.recurrence() == null) {
            return "";
        }
        Offset until = s.recurrence().until();
        return offset(s.recurrence().every()) + (until == null ? "" : " until " + offset(until));
    }

    static String offset(Offset o) {
        double v = o.value();
        String value = v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
        return value + " " + o.unit() + (o.anchor() == null ? "" : " @" + o.anchor());
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
