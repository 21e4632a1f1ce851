package org.trialworkbench.analysis.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trialworkbench.analysis.schedule.Token.Kind;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.TimeUnit;

/**
 * Reads one time expression starting at a token: cycle days ("Cycle 2 Day 1", "Day 15 of Cycle 1"),
 * prefix lists ("Week 4, 12 and 24", "Day 1-21", "Month -3"), ordinals ("3rd month") and suffix
 * lists ("2, 4, 6 and 12 months", "3-5 days", "28-day"). Ranges give both ends as time points.
 * Found points are added to the caller's list and their tokens consumed.
 */
final class TimeExpressions {

    private static final Set<String> SEPARATORS = Set.of(",", "and", "or", "&", "/", "-", "to", "through");
    private static final Set<String> ORDINAL_ADJECTIVES = Set.of("postoperative", "treatment", "study");
    /** Returned by {@link #readDaysOfCycles} when the days are not followed by a cycle. */
    private static final int NO_CYCLE = -2;
    private static final int MAX_CYCLE_RANGE = 24;

    private final ParseState s;
    private final List<ParseState.FoundPoint> found;

    TimeExpressions(ParseState state, List<ParseState.FoundPoint> found) {
        this.s = state;
        this.found = found;
    }

    /** Returns the index of the last token read, or -1 when no time expression starts at {@code i}. */
    int read(int i, int labelStart, boolean bound) {
        Token t = s.at(i);
        if (t == null || s.consumed[i]) {
            return -1;
        }
        int end;
        if (t.is(Kind.CYCLE)) {
            end = readCycleDays(i);
        } else if (t.is(Kind.UNIT)) {
            end = t.unit() == TimeUnit.DAY ? readDaysOfCycles(i) : NO_CYCLE;
            end = end == NO_CYCLE ? readPrefixList(i) : end;
        } else if (t.is(Kind.ORD)) {
            end = readOrdinal(i);
        } else if (t.is(Kind.NUM)) {
            end = readSuffixList(i);
            labelStart = labelStart == i && isMinusSign(i - 1) ? i - 1 : labelStart;
        } else if (t.isWord("end")) {
            end = readEndOfCycle(i);
        } else {
            end = -1;
        }
        if (end < 0) {
            found.clear();
            return -1;
        }
        if (found.size() == 1) {
            ParseState.FoundPoint p = found.get(0);
            found.set(0, new ParseState.FoundPoint(new Offset(p.offset().value(), p.offset().unit(),
                    s.label(labelStart, end)), labelStart, end, bound));
        } else if (bound) {
            ParseState.FoundPoint last = found.remove(found.size() - 1);
            found.add(new ParseState.FoundPoint(last.offset(), last.first(), last.last(), true));
        }
        s.consume(labelStart, end);
        return end;
    }

    /** Cycle N [,] Day D (sep [Day] D)*; needs the cycle length unless N is 1. */
    private int readCycleDays(int i) {
        Token n = s.at(i + 1);
        int d = i + 2;
        if (s.at(d) != null && s.at(d).isPunct(",")) {
            d++;
        }
        if (n == null || !n.is(Kind.NUM) || !isDay(s.at(d)) || !isNum(d + 1)) {
            return -1;
        }
        Double start = cycleStart(n.number());
        if (start == null) {
            s.markUnread(i, d + 1); // "Cycle 2, Day 1" with no cycle length: Day 1 is not study day 1
            return -1;
        }
        String prefix = s.at(i).text() + " " + n.text() + " ";
        int last = d + 1;
        addCycleDay(start, prefix + s.at(d).text() + " " + s.at(last).text(), i, last);
        while (true) {
            int k = skipSeparators(last + 1);
            if (k == last + 1) {
                break;
            }
            if (isDay(s.at(k))) {
                k++;
            }
            if (!isNum(k) || followedByUnit(k)) {
                break;
            }
            last = k;
            addCycleDay(start, prefix + s.at(d).text() + " " + s.at(k).text(), i, last);
        }
        return last;
    }

    /**
     * Day D (sep [Day] D)* of Cycle[s] N (sep N)*, or Day D, Cycle N: each day of each cycle ("Days 1, 8
     * and 15 of Cycle 1", "Day 1 of Cycles 1 and 4"). A later cycle needs the cycle length; without it
     * the whole expression is unread (-1). {@link #NO_CYCLE} when no cycle follows the days.
     */
    private int readDaysOfCycles(int i) {
        List<Integer> days = new ArrayList<>();
        int lastDay = numberList(i + 1, days, true);
        int c = lastDay + 1;
        boolean of = s.at(c) != null && s.at(c).isWord("of");
        boolean comma = s.at(c) != null && s.at(c).isPunct(",") && days.size() == 1; // "Day 1, Cycle 1"
        c += of || comma ? 1 : 0;
        if (days.isEmpty() || s.at(c) == null || !s.at(c).is(Kind.CYCLE) || !isNum(c + 1)
                || comma && isDay(s.at(c + 2))) { // "Cycle 2 Day1, Cycle 4 Day1": the next item, not Day 1's cycle
            return NO_CYCLE;
        }
        List<Integer> cycles = new ArrayList<>();
        int end = numberList(c + 1, cycles, false);
        int after = skipSeparators(end + 1);
        if (after > end + 1 && isNum(after) && followedByUnit(after)) { // "Day 1 of Cycle 1, 3 and 6 months"
            cycles.subList(1, cycles.size()).clear();
            end = c + 1;
        }
        List<Double> cycleNumbers = cycleNumbers(cycles);
        List<ParseState.FoundPoint> read = cycleNumbers == null ? null : eachDayOfEachCycle(i, c, end, days, cycleNumbers);
        if (read == null) {
            if (of && cycleNumbers != null) {
                s.markUnread(i, end); // "Day 1 of Cycle 4" with no cycle length: not study day 1
            }
            return -1;
        }
        found.addAll(read);
        return end;
    }

    /** The days (tokens) of each cycle (numbers) from the Day token {@code i}; null when a cycle's start is unknown. */
    private List<ParseState.FoundPoint> eachDayOfEachCycle(int i, int cycleWord, int end, List<Integer> days,
            List<Double> cycleNumbers) {
        List<ParseState.FoundPoint> read = new ArrayList<>();
        for (double n : cycleNumbers) {
            Double start = cycleStart(n);
            if (start == null) {
                return null;
            }
            for (int d : days) {
                String label = days.size() == 1 && cycleNumbers.size() == 1 ? s.label(i, end)
                        : s.at(i).text() + " " + s.at(d).text() + " of " + s.at(cycleWord).text() + " " + number(n);
                read.add(new ParseState.FoundPoint(new Offset(start + s.at(d).number(), TimeUnit.DAY, label), i, end, false));
            }
        }
        return read;
    }

    /**
     * The cycles of a list, a range of cycles counted in full ("Cycles 1-3" are cycles 1, 2 and 3: the
     * days are in each of them, unlike the ends of a window "Day 1 to Day 28"); null for a range that
     * is not of whole ascending numbers or is longer than {@value #MAX_CYCLE_RANGE} cycles.
     */
    private List<Double> cycleNumbers(List<Integer> cycles) {
        List<Double> numbers = new ArrayList<>();
        for (int k = 0; k < cycles.size(); k++) {
            double n = s.at(cycles.get(k)).number();
            double previous = numbers.isEmpty() ? 0 : numbers.get(numbers.size() - 1);
            if (k > 0 && isRangeBetween(cycles.get(k - 1), cycles.get(k))) {
                if (n != Math.rint(n) || previous != Math.rint(previous) || n <= previous || n - previous > MAX_CYCLE_RANGE) {
                    return null;
                }
                for (double m = previous + 1; m < n; m++) {
                    numbers.add(m);
                }
            }
            numbers.add(n);
        }
        return numbers;
    }

    private boolean isRangeBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            Token t = s.at(k);
            if (t.isPunct("-") || t.isWord("to") || t.isWord("through")) {
                return true;
            }
        }
        return false;
    }

    private static String number(double n) {
        return n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n);
    }

    /**
     * Numbers from {@code k} joined by separators ("1, 8 and 15"; with {@code dayMayRepeat} also "1 and
     * Day 15"); a number followed by a unit ends the list before it. Returns the last number's index.
     */
    private int numberList(int k, List<Integer> into, boolean dayMayRepeat) {
        if (!isNum(k) || followedByUnit(k)) {
            return k - 1;
        }
        into.add(k);
        int last = k;
        while (true) {
            int j = skipSeparators(last + 1);
            if (j == last + 1) {
                return last;
            }
            if (dayMayRepeat && isDay(s.at(j))) {
                j++;
            }
            if (!isNum(j) || followedByUnit(j)) {
                return last;
            }
            into.add(j);
            last = j;
        }
    }

    /** Day offset of day 0 of cycle N; cycle 1 needs no length. */
    private Double cycleStart(double cycle) {
        if (cycle == 1) {
            return 0.0;
        }
        return s.cycleDays == null || cycle < 1 ? null : (cycle - 1) * s.cycleDays;
    }

    private void addCycleDay(double cycleStart, String label, int first, int last) {
        double day = s.at(last).number();
        found.add(new ParseState.FoundPoint(new Offset(cycleStart + day, TimeUnit.DAY, label), first, last, false));
    }

    /** end of Cycle N (cycle length known): N whole cycles from baseline. */
    private int readEndOfCycle(int i) {
        int c = s.at(i + 1) != null && s.at(i + 1).isWord("of") ? i + 2 : -1;
        if (c < 0 || s.at(c) == null || !s.at(c).is(Kind.CYCLE) || !isNum(c + 1) || s.cycleDays == null) {
            return -1;
        }
        double days = s.at(c + 1).number() * s.cycleDays;
        found.add(new ParseState.FoundPoint(new Offset(days, TimeUnit.DAY, s.label(i, c + 1)), i, c + 1, false));
        return c + 1;
    }

    /** Unit [-]N (sep [Unit] N)*. */
    private int readPrefixList(int i) {
        Token unit = s.at(i);
        int n = i + 1;
        boolean negative = s.at(n) != null && s.at(n).isPunct("-") && isNum(n + 1);
        if (negative) {
            n++;
        }
        if (!isNum(n) || (s.at(n + 1) != null && s.at(n + 1).isUnitLike())) {
            return -1;
        }
        double sign = negative ? -1 : 1;
        found.add(new ParseState.FoundPoint(new Offset(sign * s.at(n).number(), unit.unit(), s.label(i, n)), i, n, false));
        int last = n;
        while (true) {
            int k = skipSeparators(last + 1);
            if (k == last + 1) {
                break;
            }
            if (s.at(k) != null && s.at(k).is(Kind.UNIT) && s.at(k).unit() == unit.unit()) {
                k++;
            }
            if (!isNum(k) || followedByUnit(k)) {
                break;
            }
            last = k;
            String minus = isMinusSign(k - 1) ? "-" : "";
            found.add(new ParseState.FoundPoint(new Offset(signed(k), unit.unit(),
                    unit.text() + " " + minus + s.at(k).text()), k, k, false));
        }
        return last;
    }

    /** 3rd month, 1st postoperative day. */
    private int readOrdinal(int i) {
        int u = i + 1;
        if (s.at(u) != null && s.at(u).is(Kind.WORD) && ORDINAL_ADJECTIVES.contains(s.at(u).lower())) {
            u++;
        }
        Token unit = s.at(u);
        if (unit == null || !unit.is(Kind.UNIT)) {
            return -1;
        }
        found.add(new ParseState.FoundPoint(new Offset(s.at(i).number(), unit.unit(), s.label(i, u)), i, u, false));
        return u;
    }

    /** N (sep N)* [-] Unit. */
    private int readSuffixList(int i) {
        Token before = s.at(i - 1);
        if (before != null && (before.isPunct("=") || before.isWord("is") || before.is(Kind.CYCLE))) {
            return -1; // a cycle length that the cycle finder found ambiguous
        }
        List<Integer> numbers = new ArrayList<>();
        numbers.add(i);
        int last = i;
        while (true) {
            int k = skipSeparators(last + 1);
            if (k == last + 1 || !isNum(k)) {
                break;
            }
            numbers.add(k);
            last = k;
        }
        int u = s.at(last + 1) != null && s.at(last + 1).isPunct("-") ? last + 2 : last + 1;
        Token unit = s.at(u);
        if (unit != null && unit.is(Kind.CYCLE) && s.cycleDays != null && !s.consumed[u]) {
            for (int k : numbers) {
                found.add(new ParseState.FoundPoint(new Offset(s.at(k).number() * s.cycleDays, TimeUnit.DAY,
                        k == last ? s.label(k, u) : s.at(k).text() + " " + unit.text()), k, u, false));
            }
            return u;
        }
        if (unit == null || !unit.is(Kind.UNIT) || s.consumed[u]) {
            return -1;
        }
        for (int k : numbers) {
            int from = isMinusSign(k - 1) ? k - 1 : k;
            String label = k == last ? s.label(from, u) : s.label(from, k) + " " + unit.text();
            found.add(new ParseState.FoundPoint(new Offset(signed(k), unit.unit(), label), from, k == last ? u : k, false));
        }
        return u;
    }

    /** The number at {@code k}, negative when a minus sign stands right before it. */
    private double signed(int k) {
        return isMinusSign(k - 1) ? -s.at(k).number() : s.at(k).number();
    }

    /**
     * A "-" glued to the number after it is a minus sign ("-7 days", "Day -28 to -1", "between -2 and
     * 2 hours") unless it follows a number, unit or ordinal ("3-5 days", "Day 1-7", "6 months -12 months"),
     * where it joins a range.
     */
    private boolean isMinusSign(int k) {
        Token minus = s.at(k);
        Token number = s.at(k + 1);
        if (minus == null || !minus.isPunct("-") || number == null || !number.is(Kind.NUM) || number.start() != minus.end()) {
            return false;
        }
        Token before = s.at(k - 1);
        return before == null || !(before.is(Kind.NUM) || before.is(Kind.UNIT) || before.is(Kind.ORD) || before.is(Kind.CYCLE));
    }

    private int skipSeparators(int j) {
        int k = j;
        while (k < s.tokens.size() && k - j < 2 && isSeparator(s.at(k))) {
            k++;
        }
        return k;
    }

    private static boolean isSeparator(Token t) {
        return (t.is(Kind.PUNCT) || t.is(Kind.WORD)) && SEPARATORS.contains(t.lower());
    }

    private boolean isNum(int k) {
        return s.at(k) != null && s.at(k).is(Kind.NUM) && !s.consumed[k];
    }

    private boolean isDay(Token t) {
        return t != null && t.is(Kind.UNIT) && t.unit() == TimeUnit.DAY;
    }

    private boolean followedByUnit(int k) {
        Token next = s.at(k + 1);
        Token after = next != null && next.isPunct("-") ? s.at(k + 2) : next;
        return after != null && after.isUnitLike();
    }
}
