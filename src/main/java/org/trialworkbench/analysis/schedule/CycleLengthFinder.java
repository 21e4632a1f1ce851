package org.trialworkbench.analysis.schedule;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.analysis.schedule.Token.Kind;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.TimeUnit;

/**
 * Finds a stated treatment-cycle length ("each cycle is 28 days", "(Cycle = 21 days)",
 * "28-day cycle", "28 day treatment cycle") and marks those tokens as read. "each 28-day cycle"
 * is also a recurrence. Two different lengths, or "21 or 28 days", leave the length unknown
 * (and the tokens unread): a cycle day is then only placed for cycle 1.
 */
final class CycleLengthFinder {

    /** Sets {@code state.cycleDays} (null when not stated or ambiguous) and adds "each N-day cycle" recurrences. */
    void find(ParseState state) {
        List<Token> tokens = state.tokens;
        List<int[]> spans = new ArrayList<>();
        List<Double> lengths = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int[] span = definedAfterCycleWord(tokens, i);
            if (span == null) {
                span = writtenBeforeCycleWord(tokens, i);
            }
            if (span != null) {
                spans.add(span);
                lengths.add(days(tokens.get(span[2]), tokens.get(span[3])));
                i = span[1];
            }
        }
        FirstCycle first = FirstCycle.find(tokens);
        if (first != null && first.length() != null) {
            lengths.add(first.length());
        }
        if (lengths.isEmpty() || lengths.stream().distinct().count() > 1) {
            if (first != null && first.length() == null) {
                first.apply(state); // "Cycle 1 (Day 1-28)": days of cycle 1 are study days
            }
            return;
        }
        if (first != null) {
            first.apply(state);
        }
        state.cycleDays = lengths.get(0);
        for (int[] span : spans) {
            for (int k = span[0]; k <= span[1]; k++) {
                state.consumed[k] = true;
            }
            if (span[4] >= 0) {
                state.recurrences.add(new ParseState.FoundRecurrence(new Offset(lengths.get(0), TimeUnit.DAY,
                        state.label(span[4], span[1])), span[4], span[1]));
            }
        }
    }

    /** [each] cycle (=|is|is of|consists of|of|lasts) N day/week. Span: from, to, numIdx, unitIdx, -1. */
    private static int[] definedAfterCycleWord(List<Token> t, int i) {
        if (!t.get(i).is(Kind.CYCLE)) {
            return null;
        }
        int j = i + 1;
        while (j < t.size() && (t.get(j).isPunct("=") || t.get(j).isWord("is") || t.get(j).isWord("of")
                || t.get(j).isWord("consists") || t.get(j).isWord("lasts"))) {
            j++;
        }
        if (j == i + 1 || j + 1 >= t.size() || !t.get(j).is(Kind.NUM)) {
            return null;
        }
        int unit = t.get(j + 1).isPunct("-") ? j + 2 : j + 1;
        if (unit >= t.size() || !isDayOrWeek(t.get(unit)) || ambiguousAfter(t, unit)) {
            return null;
        }
        int from = i > 0 && (t.get(i - 1).isWord("each") || t.get(i - 1).isWord("every")) ? i - 1 : i;
        return new int[] {from, unit, j, unit, -1};
    }

    /** [each|every|of each] N[-]day [treatment] cycle. */
    private static int[] writtenBeforeCycleWord(List<Token> t, int i) {
        if (!t.get(i).is(Kind.NUM) || i + 1 >= t.size()) {
            return null;
        }
        int unit = t.get(i + 1).isPunct("-") ? i + 2 : i + 1;
        if (unit >= t.size() || !isDayOrWeek(t.get(unit))) {
            return null;
        }
        int cycle = unit + 1;
        if (cycle < t.size() && t.get(cycle).isWord("treatment")) {
            cycle++;
        }
        if (cycle >= t.size() || !t.get(cycle).is(Kind.CYCLE)) {
            return null;
        }
        boolean each = i > 0 && (t.get(i - 1).isWord("each") || t.get(i - 1).isWord("every"));
        int from = each ? i - 1 : i;
        return new int[] {from, cycle, i, unit, each ? i - 1 : -1};
    }

    private static boolean ambiguousAfter(List<Token> t, int unit) {
        int k = unit + 1;
        return k + 1 < t.size() && (t.get(k).isWord("or") || t.get(k).isPunct("-") || t.get(k).isWord("to"))
                && t.get(k + 1).is(Kind.NUM);
    }

    private static boolean isDayOrWeek(Token t) {
        return t.is(Kind.UNIT) && (t.unit() == TimeUnit.DAY || t.unit() == TimeUnit.WEEK);
    }

    private static double days(Token number, Token unit) {
        return unit.unit() == TimeUnit.WEEK ? number.number() * 7 : number.number();
    }
}
