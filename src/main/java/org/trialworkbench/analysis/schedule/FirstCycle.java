package org.trialworkbench.analysis.schedule;

import java.util.List;
import org.trialworkbench.analysis.schedule.Token.Kind;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.TimeUnit;

/**
 * The first treatment cycle with its length or its days in parentheses: "Cycle 1 (21 Days)", "During
 * the first cycle (6 weeks)", "end of cycle 1 (6 weeks)", "Cycle 1 (Day 1-28)". The first cycle starts
 * at baseline, so its length is the end of the window "during cycle 1" (a time point, as "within 21
 * days" is) and its days are study days. A later cycle is not placed this way (its start is unknown
 * unless the cycle length is stated).
 *
 * @param first      first token of the match ("Cycle" or "first")
 * @param open       index of "("
 * @param close      index of ")"
 * @param length     days of the stated length, or null when the parenthesis lists days instead
 * @param endOfCycle whether "end of" precedes (the grammar then places the end of cycle 1 itself)
 */
record FirstCycle(int first, int open, int close, Double length, boolean endOfCycle) {

    static FirstCycle find(List<Token> t) {
        for (int i = 0; i + 2 < t.size(); i++) {
            int open = cycleOneBefore(t, i);
            if (open < 0 || open + 2 >= t.size() || !t.get(open).isPunct("(")) {
                continue;
            }
            boolean end = i >= 2 && t.get(i - 1).isWord("of") && t.get(i - 2).isWord("end");
            Token a = t.get(open + 1);
            if (a.is(Kind.UNIT) && a.unit() == TimeUnit.DAY && t.get(open + 2).is(Kind.NUM) && !end) {
                return new FirstCycle(i, open, -1, null, false);
            }
            int unit = open + 2 < t.size() && t.get(open + 2).isPunct("-") ? open + 3 : open + 2;
            if (a.is(Kind.NUM) && unit + 1 < t.size() && isDayOrWeek(t.get(unit)) && t.get(unit + 1).isPunct(")")) {
                double days = t.get(unit).unit() == TimeUnit.WEEK ? a.number() * 7 : a.number();
                return new FirstCycle(i, open, unit + 1, days, end);
            }
        }
        return null;
    }

    /** "Cycle 1 (" or "first cycle (": the index of the parenthesis, or -1. */
    private static int cycleOneBefore(List<Token> t, int i) {
        if (t.get(i).is(Kind.CYCLE) && t.get(i + 1).is(Kind.NUM) && t.get(i + 1).number() == 1) {
            return i + 2;
        }
        if (t.get(i).isWord("first") && t.get(i + 1).is(Kind.CYCLE)) {
            return i + 2;
        }
        return -1;
    }

    private static boolean isDayOrWeek(Token t) {
        return t.is(Kind.UNIT) && (t.unit() == TimeUnit.DAY || t.unit() == TimeUnit.WEEK);
    }

    /** Consumes the match; adds the end of the first cycle as a time point unless "end of" reads it. */
    void apply(ParseState s) {
        if (length == null) {
            s.consume(first, open - 1); // the days inside are read by the grammar
            return;
        }
        if (endOfCycle) {
            s.consume(open, close);
            return;
        }
        Token unit = s.at(close - 1);
        Token number = s.at(close - 1).isPunct("-") ? s.at(close - 3) : s.at(open + 1);
        s.points.add(new ParseState.FoundPoint(new Offset(number.number(), unit.unit(), s.label(first, close)),
                first, close, true));
        s.consume(first, close);
    }
}
