package org.trialworkbench.analysis.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trialworkbench.analysis.schedule.Token.Kind;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.TimeUnit;

/**
 * The small grammar over tokens. One left-to-right pass; every rule looks ahead a bounded or
 * list-long distance and never backtracks over more than it consumed, so reading is linear.
 * Rules: frequency adverbs ("monthly"), "every/each [N] unit", "baseline", "pre-dose", bounds
 * ("up to", "until", "through", "within", "to"), time expressions (prefix "Week 4, 12 and 24",
 * suffix "2, 4 and 12 months", ranges "Day 1-28", "3-5 days", ordinals "3rd month", cycle days
 * "Cycle 2 Day 1"), tolerances ("± 3 days") and the anchor after a time ("after surgery").
 */
final class TimeFrameGrammar {

    private static final Set<String> BOUNDS = Set.of("until", "till", "untill", "through", "thru", "within", "to", "by");
    private static final Set<String> DOSE_WORDS = Set.of("dose", "dosing", "doses", "administration", "treatment",
            "intake", "use", "injection", "injections", "infusion", "infusions", "dosage");

    private static final Set<String> RECURRENCE_STARTS = Set.of("from", "after", "following", "since");
    /** Words ending the event a recurrence counts from: its window's end or the next clause. */
    private static final Set<String> RECURRENCE_EVENT_ENDS = Set.of("to", "until", "till", "untill", "through", "up", "and",
            "for", "whichever", "assessed");
    private static final Set<String> PRE_DOSE = Set.of("dose", "dosing", "infusion", "injection");
    private static final Set<String> PRE_TREATMENT = Set.of("treatment", "therapy", "intervention", "vaccination",
            "randomization", "randomisation", "operative", "op", "surgery", "procedure");


    private final Vocabulary vocabulary;
    private ParseState s;

    TimeFrameGrammar(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    void parse(ParseState state) {
        this.s = state;
        new CycleLengthFinder().find(state);
        int i = 0;
        while (i < s.tokens.size()) {
            int next = s.consumed[i] ? i + 1 : readAt(i);
            i = Math.max(next, i + 1);
        }
    }

    private int readAt(int i) {
        Token t = s.at(i);
        Offset frequency = t.is(Kind.WORD) ? vocabulary.frequency(t.lower()) : null;
        if (frequency != null) {
            return readFrequency(i, frequency);
        }
        if (t.isWord("every") || t.isWord("each")) {
            return readEvery(i);
        }
        if (t.isWord("baseline")) {
            return addSingle(i, i, new Offset(0, TimeUnit.DAY, "Baseline"), false);
        }
        if (t.isWord("predose")) {
            return addSingle(i, i, new Offset(0, TimeUnit.HOUR, s.label(i, i)), false);
        }
        if (t.isWord("pre")) {
            return readPre(i);
        }
        if (t.isWord("up") && s.at(i + 1) != null && s.at(i + 1).isWord("to")) {
            return readBound(i, i + 2, true);
        }
        if (t.is(Kind.WORD) && BOUNDS.contains(t.lower())) {
            return readBound(i, i + 1, true);
        }
        boolean article = t.isWord("a") || t.isWord("an");
        Token next = s.at(i + 1);
        if (article && next != null && next.is(Kind.WORD) && isQualifier(next.lower()) && !next.isWord("of")) {
            return readBound(i, i, false); // "an average of 1 year" keeps its article in the label
        }
        if (t.is(Kind.WORD) && isQualifier(t.lower()) && !Set.of("a", "an", "of", "the").contains(t.lower())) {
            return readBound(i, i, false);
        }
        return readTime(i, i, false);
    }

    /** pre-dose (0 HOUR), pre-treatment / pre-intervention (0 DAY): the baseline assessment. */
    private int readPre(int i) {
        int j = s.at(i + 1) != null && s.at(i + 1).isPunct("-") ? i + 2 : i + 1;
        Token what = s.at(j);
        if (what == null || !what.is(Kind.WORD)) {
            return i + 1;
        }
        if (PRE_DOSE.contains(what.lower())) {
            return addSingle(i, j, new Offset(0, TimeUnit.HOUR, s.label(i, j)), false);
        }
        if (PRE_TREATMENT.contains(what.lower())) {
            return addSingle(i, j, new Offset(0, TimeUnit.DAY, s.label(i, j)), false);
        }
        if (what.isWord("baseline") && negativeTimeInParentheses(j + 1)) {
            s.consume(i, j); // "Pre-baseline (Month -6)": a header of the time before baseline, not baseline
            return j + 1;
        }
        return i + 1;
    }

    /** "(Month -6", "(-6 months": a parenthesis that opens with a time before baseline. */
    private boolean negativeTimeInParentheses(int open) {
        Token paren = s.at(open);
        if (paren == null || !paren.isPunct("(")) {
            return false;
        }
        int k = s.at(open + 1) != null && s.at(open + 1).is(Kind.UNIT) ? open + 2 : open + 1;
        return s.at(k) != null && s.at(k).isPunct("-") && s.at(k + 1) != null && s.at(k + 1).is(Kind.NUM)
                && s.at(k + 1).start() == s.at(k).end();
    }

    private int readFrequency(int i, Offset frequency) {
        Token next = s.at(i + 1);
        if (next != null && next.is(Kind.WORD) && DOSE_WORDS.contains(next.lower())) {
            return i + 1; // "daily dosing" describes the treatment, not the assessments
        }
        s.recurrences.add(new ParseState.FoundRecurrence(
                new Offset(frequency.value(), frequency.unit(), s.label(i, i)), i, i));
        s.consume(i, i);
        return i + 1;
    }

    /** every [N] unit | every [N] cycles (cycle length known). */
    private int readEvery(int i) {
        int j = i + 1;
        Token n = s.at(j);
        double count = 1;
        if (n != null && n.is(Kind.NUM)) {
            count = n.number();
            j++;
        }
        Token u = s.at(j);
        if (u == null || s.consumed[j]) {
            return i + 1;
        }
        Offset every = null;
        if (u.is(Kind.UNIT)) {
            every = new Offset(count, u.unit(), s.label(i, j));
        } else if (u.is(Kind.CYCLE) && s.cycleDays != null) {
            every = new Offset(count * s.cycleDays, TimeUnit.DAY, s.label(i, j));
        }
        if (every == null || every.value() <= 0) {
            return i + 1;
        }
        s.recurrences.add(new ParseState.FoundRecurrence(every, i, j));
        s.consume(i, j);
        markRecurrenceFromAnotherEvent(i, j);
        return j + 1;
    }

    /**
     * "Every 8 weeks from first evaluation as CR or PR to ...", "every 12 weeks from progression": the
     * visits count from an event that is not baseline, so the recurrence is not read (the model's
     * recurrence runs from baseline). The event is read up to the end of its window or clause; any
     * word in it that is not baseline (progression, last), unknown (CR) or a number makes it another event.
     */
    private void markRecurrenceFromAnotherEvent(int first, int last) {
        Token relation = s.at(last + 1);
        Token start = s.at(last + 2);
        if (relation == null || !RECURRENCE_STARTS.contains(relation.lower()) || start == null
                || start.is(Kind.UNIT) || start.is(Kind.CYCLE)) {
            return; // "every 4 cycles from cycle 6" starts at a time, not at an event
        }
        int k = last + 2;
        boolean otherEvent = false;
        for (; k < s.tokens.size() && !endsRecurrenceEvent(s.at(k)); k++) {
            Token w = s.at(k);
            otherEvent |= w.is(Kind.NUM) || w.is(Kind.ORD) || w.is(Kind.WORD)
                    && (vocabulary.isNonBaselineAnchor(w.lower()) || !vocabulary.isKnown(w.lower()));
        }
        if (otherEvent) {
            s.markUnread(first, k - 1);
        }
    }

    private static boolean endsRecurrenceEvent(Token t) {
        return t.is(Kind.PUNCT) ? !t.isPunct("-") && !t.isPunct("/")
                : t.is(Kind.WORD) && RECURRENCE_EVENT_ENDS.contains(t.lower());
    }

    /** "up to X", "until X": skips known qualifier words (approximately, an average of) up to a time. */
    private int readBound(int labelStart, int j, boolean bound) {
        int k = j;
        while (k < s.tokens.size() && k - j < 4 && s.at(k).is(Kind.WORD) && isQualifier(s.at(k).lower())) {
            k++;
        }
        boolean labelled = !s.at(labelStart).isWord("to") && !s.at(labelStart).isWord("by");
        int next = readTime(k, labelled ? labelStart : k, bound);
        return next > k ? next : Math.max(j, labelStart + 1);
    }

    private static boolean isQualifier(String w) {
        return Set.of("approximately", "approx", "about", "around", "an", "a", "average", "of", "median", "mean",
                "maximum", "max", "estimated", "the", "least", "minimum", "total", "approximate", "~").contains(w);
    }

    /** Reads one time expression at {@code i}; returns the index after it, or {@code i} when none. */
    private int readTime(int i, int labelStart, boolean bound) {
        List<ParseState.FoundPoint> found = new ArrayList<>();
        int end = new TimeExpressions(s, found).read(i, labelStart, bound);
        if (end < 0) {
            return i;
        }
        end = skipTolerance(end + 1) - 1;
        if (suspendedHyphen(end + 1)) {
            int hyphen = end + 1;
            found.forEach(p -> s.markUnread(p.first(), hyphen)); // "1 month-, 3 months- ... postdelivery"
        }
        AnchorReader anchors = new AnchorReader(vocabulary, s);
        int anchorLast = anchors.read(end + 1, found);
        int first = readPrefixAnchor(Math.min(i, labelStart), found);
        if (anchorLast > end && !found.isEmpty() && !found.get(0).offset().fromBaseline()) {
            anchors.shareWithListBefore(first, end + 1, anchorLast, found.get(0).offset().anchor());
        }
        int spanLast = Math.max(end, anchorLast);
        for (ParseState.FoundPoint p : found) {
            // a list is one reading: when any piece of it is unread, none of its points is kept
            s.points.add(new ParseState.FoundPoint(p.offset(), first, spanLast, p.bound()));
        }
        if (isDuration(end + 1)) {
            s.durations.add(new int[] {first, spanLast});
        }
        return end + 1;
    }

    /**
     * "Pregnancy week 23": a word right before the time names the event it counts from; the times
     * get it as their anchor (when no "after X" gave one). Returns the first token of the reading.
     */
    private int readPrefixAnchor(int first, List<ParseState.FoundPoint> found) {
        Token before = s.at(first - 1);
        if (before == null || !before.is(Kind.WORD) || !vocabulary.isPrefixAnchor(before.lower())) {
            return first;
        }
        for (int p = 0; p < found.size(); p++) {
            ParseState.FoundPoint f = found.get(p);
            Offset o = f.offset();
            if (o.fromBaseline()) {
                found.set(p, new ParseState.FoundPoint(new Offset(o.value(), o.unit(), before.text() + " " + o.label(),
                        before.text()), f.first(), f.last(), f.bound()));
            }
        }
        s.consume(first - 1, first - 1);
        return first - 1;
    }

    /**
     * "1 month-, 3 months- and 12 months postdelivery": a hyphen left hanging after a time means a
     * word further on completes it; the reader does not carry that word back, so the time is unread.
     */
    private boolean suspendedHyphen(int j) {
        Token hyphen = s.at(j);
        Token after = s.at(j + 1);
        return hyphen != null && hyphen.isPunct("-")
                && (after == null || after.isPunct(",") || after.isWord("and") || after.isWord("or"));
    }

    /** "± 3 days", "(±7 days)": a visit window, not a time point. */
    private int skipTolerance(int j) {
        int k = j;
        if (s.at(k) != null && s.at(k).isPunct(",") && s.at(k + 1) != null && s.at(k + 1).isPunct("±")) {
            k++;
        }
        boolean paren = s.at(k) != null && s.at(k).isPunct("(") && s.at(k + 1) != null && s.at(k + 1).isPunct("±");
        if (paren) {
            k++;
        }
        if (s.at(k) == null || !s.at(k).isPunct("±") || s.at(k + 1) == null || !s.at(k + 1).is(Kind.NUM)) {
            return j;
        }
        int last = k + 1;
        if (s.at(last + 1) != null && s.at(last + 1).is(Kind.UNIT)) {
            last++;
        }
        if (paren && s.at(last + 1) != null && s.at(last + 1).isPunct(")")) {
            last++;
        }
        s.consume(j, last);
        return last + 1;
    }

    /** "16 weeks of therapy": a phase length; two of them in a row do not place on one axis. */
    private boolean isDuration(int j) {
        Token of = s.at(j);
        Token what = s.at(j + 1);
        return of != null && of.isWord("of") && what != null && what.is(Kind.WORD)
                && Set.of("therapy", "treatment", "follow", "followup", "observation", "intervention").contains(what.lower());
    }

    private int addSingle(int from, int to, Offset offset, boolean bound) {
        s.points.add(new ParseState.FoundPoint(offset, from, to, bound));
        s.consume(from, to);
        return to + 1;
    }
}
