package org.trialworkbench.analysis.schedule;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.TimeUnit;

/**
 * "Cycle 1, Day 1: predose and 0.5, 1, 2 hours postdose", "Day 1 predose, 60 minutes, 4 hours
 * postdose": hours and minutes under a study-day header count from that day's dose, not from
 * baseline. They are read with the day's dose as their anchor ("0.5 HOUR @Cycle 1, Day 1 dose"), one
 * copy per day when the header names several ("Days 8 and 15: ..."). The header must end with a
 * colon, or be followed at once by the pre-dose time; other hours next to a study day stay unread.
 */
final class DayDoseHours {

    private DayDoseHours() {
    }

    static void anchor(ParseState s) {
        int start = 0;
        for (int i = 0; i <= s.tokens.size(); i++) {
            if (i == s.tokens.size() || isClauseEnd(s.at(i))) {
                anchorClause(s, start, i);
                start = i + 1;
            }
        }
    }

    private static void anchorClause(ParseState s, int from, int end) {
        List<ParseState.FoundPoint> days = new ArrayList<>();
        List<ParseState.FoundPoint> hours = new ArrayList<>();
        for (ParseState.FoundPoint p : s.points) {
            if (p.first() < from || p.last() >= end || !p.offset().fromBaseline()) {
                continue;
            }
            if (isShort(p.offset())) {
                hours.add(p);
            } else if (hours.isEmpty() && isStudyDay(p.offset())) {
                days.add(p);
            } else {
                return; // another time between or after: the header is not plain
            }
        }
        if (days.isEmpty() || hours.isEmpty() || !headerEnds(s, days.get(days.size() - 1), hours.get(0))) {
            return;
        }
        s.points.removeAll(hours);
        for (ParseState.FoundPoint h : hours) {
            for (ParseState.FoundPoint d : days) {
                Offset o = h.offset();
                s.points.add(new ParseState.FoundPoint(new Offset(o.value(), o.unit(), o.label(),
                        dayOf(d.offset().label()) + " dose"), h.first(), h.last(), h.bound()));
            }
        }
    }

    /** "Cycle 1 Days 8" (a list item's label) → "Cycle 1 Day 8". */
    private static String dayOf(String label) {
        return label.replaceFirst("\\b([Dd]ay)s\\b", "$1");
    }

    /** "Day 1:" then the hours, or "Day 1 predose": nothing but a colon (or nothing) between. */
    private static boolean headerEnds(ParseState s, ParseState.FoundPoint day, ParseState.FoundPoint firstHour) {
        int gap = firstHour.first() - day.last() - 1;
        boolean colon = gap == 1 && s.at(day.last() + 1).isPunct(":");
        boolean preDoseNext = gap == 0 && firstHour.offset().value() == 0
                && firstHour.offset().label().toLowerCase(java.util.Locale.ROOT).startsWith("pre");
        return colon || preDoseNext;
    }

    private static boolean isShort(Offset o) {
        return o.unit() == TimeUnit.HOUR || o.unit() == TimeUnit.MINUTE;
    }

    private static boolean isStudyDay(Offset o) {
        return o.unit() == TimeUnit.DAY && o.value() >= 1 && TimeFrameReader.startsWithDayWord(o.label());
    }

    private static boolean isClauseEnd(Token t) {
        return t.isPunct(";") || t.isPunct(".") || t.isPunct("\n") || t.isPunct("\r");
    }
}
