package org.trialworkbench.analysis.schedule;

import org.trialworkbench.analysis.schedule.Token.Kind;

/**
 * "at stress challenge (4 weeks from baseline)", "posttest (around 12 weeks after baseline)",
 * "Screening (Day -28 to -1)": a visit or event name followed by its time from baseline in
 * parentheses. The time says when the named visit is, so the name's words are read as its label.
 * The name must be short (up to {@value #MAX_WORDS} words) and must not itself say when: no event
 * that is not baseline (delivery, discharge), no relation (post..., after), no timing word, except a
 * before-baseline period (screening) whose parenthesised times are all before baseline.
 */
final class NamedTimes {

    private static final int MAX_WORDS = 4;
    private static final int MAX_INSIDE = 16;
    private static final java.util.Set<String> STOPS = java.util.Set.of("at", "and", "or", "on", "in", "the", "a",
            "an", "of", "to", "by", "with", "for");
    /** "Phase B (32 hours)": a period's bare length is not a time from baseline; only "(up to Week 52)" or "(Week 4)". */
    private static final java.util.Set<String> PERIOD_WORDS = java.util.Set.of("phase", "period", "stage", "part",
            "course", "block", "session", "epoch", "window", "duration");
    private static final java.util.Set<String> PERIODS_BEFORE_BASELINE = java.util.Set.of("screening", "screen",
            "prescreening");

    private final Vocabulary vocabulary;

    NamedTimes(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    void mark(ParseState s) {
        for (int p = 1; p < s.tokens.size(); p++) {
            if (s.at(p).isPunct("(")) {
                int q = closing(s, p);
                if (q > 0) {
                    markName(s, p, q);
                    markLengthOfAnchoredWindow(s, p, q);
                }
            }
        }
    }

    /**
     * "11 months (From 28 days to 12 months after the second vaccination)": a bare length before a
     * window that counts from another event is that window's length, not a time from baseline: unread.
     */
    private static void markLengthOfAnchoredWindow(ParseState s, int open, int close) {
        boolean anchoredInside = false;
        for (ParseState.FoundPoint f : s.points) {
            if (f.first() > open && f.last() < close) {
                if (f.offset().fromBaseline()) {
                    return;
                }
                anchoredInside = true;
            }
        }
        for (ParseState.FoundPoint f : s.points) {
            boolean bareLength = f.last() == open - 1 && f.offset().fromBaseline() && s.at(f.first()).is(Kind.NUM);
            if (anchoredInside && bareLength) {
                s.markUnread(f.first(), f.last());
            }
        }
    }

    private static int closing(ParseState s, int open) {
        for (int k = open + 1; k < s.tokens.size() && k - open <= MAX_INSIDE; k++) {
            if (s.at(k).isPunct("(")) {
                return -1;
            }
            if (s.at(k).isPunct(")")) {
                return k;
            }
        }
        return -1;
    }

    private void markName(ParseState s, int open, int close) {
        boolean any = false;
        boolean allBefore = true;
        boolean allPlaced = true;
        for (ParseState.FoundPoint f : s.points) {
            if (f.first() > open && f.last() < close) {
                if (!f.offset().fromBaseline()) {
                    return;
                }
                any = true;
                allBefore &= f.offset().value() < 0;
                allPlaced &= f.bound() || Character.isLetter(f.offset().label().charAt(0));
            }
        }
        if (!any || !allReadInside(s, open, close)) {
            return;
        }
        int first = open;
        int unknown = 0;
        boolean explicit = saysBaseline(s, open, close);
        while (first - 1 >= 0 && isNameWord(s, first - 1) && !isRelation(s, first - 1) && open - first < MAX_WORDS) {
            Token w = s.at(first - 1);
            if (!allowed(w.lower(), allBefore, explicit) || PERIOD_WORDS.contains(w.lower()) && !allPlaced) {
                return;
            }
            unknown += vocabulary.isKnown(w.lower()) ? 0 : 1;
            first--;
        }
        boolean longer = first - 1 >= 0 && isNameWord(s, first - 1) && !isRelation(s, first - 1);
        // "after stress challenge (4 weeks)" may count from the challenge; only "(4 weeks from baseline)" says not
        boolean relationBefore = first - 1 >= 0 && isRelation(s, first - 1);
        if (unknown > 0 && !longer && (!relationBefore || explicit)) {
            s.consume(first, open - 1);
        }
    }

    private static boolean isRelation(ParseState s, int k) {
        return s.at(k).is(Kind.WORD) && AnchorReader.isRelation(s.at(k).lower());
    }

    private static boolean saysBaseline(ParseState s, int open, int close) {
        for (int k = open + 1; k < close; k++) {
            if (s.at(k).isWord("baseline")) {
                return true;
            }
        }
        return false;
    }

    private boolean isNameWord(ParseState s, int k) {
        Token t = s.at(k);
        return t.is(Kind.WORD) && !s.consumed[k] && !STOPS.contains(t.lower());
    }

    /** {@code explicit}: the parenthesis says "from/after baseline", so a "posttest" name cannot shift it. */
    private boolean allowed(String w, boolean allBeforeBaseline, boolean explicit) {
        if (PERIODS_BEFORE_BASELINE.contains(w)) {
            return allBeforeBaseline;
        }
        boolean relation = w.startsWith("post") || w.startsWith("pre") || AnchorReader.isRelation(w);
        return !vocabulary.isNonBaselineAnchor(w) && !vocabulary.isTimingWord(w) && !vocabulary.isPrefixAnchor(w)
                && (explicit || !relation);
    }

    private boolean allReadInside(ParseState s, int open, int close) {
        for (int k = open + 1; k < close; k++) {
            Token t = s.at(k);
            boolean unknownWord = t.is(Kind.WORD) && !vocabulary.isKnown(t.lower());
            if (!s.consumed[k] && (unknownWord || t.is(Kind.NUM) || t.is(Kind.UNIT) || t.is(Kind.CYCLE))) {
                return false;
            }
        }
        return true;
    }
}
