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

    private static final Set<String> BOUNDS = Set.of("until", "till", "through", "thru", "within", "to", "by");
    private static final Set<String> RELATIONS = Set.of("after", "post", "following", "from", "since", "before",
            "prior", "postdose", "postoperative", "postpartum", "postdelivery");
    private static final Set<String> DOSE_WORDS = Set.of("dose", "dosing", "doses", "administration", "treatment",
            "intake", "use", "injection", "injections", "infusion", "infusions", "dosage");

    private static final Set<String> PRE_DOSE = Set.of("dose", "dosing", "infusion", "injection");
    private static final Set<String> PRE_TREATMENT = Set.of("treatment", "therapy", "intervention", "vaccination",
            "randomization", "randomisation", "operative", "op", "surgery", "procedure");

    private static final Set<String> TREATMENT_PERIODS = Set.of("treatment", "therapy", "intervention",
            "radiotherapy", "chemotherapy", "dosing");
    private static final Set<String> START_WORDS = Set.of("start", "starting", "initiation", "beginning", "first",
            "began", "begins", "onset", "commencement");

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
        return i + 1;
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
        return j + 1;
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
        int anchorLast = readAnchor(end + 1, found);
        int spanLast = Math.max(end, anchorLast);
        for (ParseState.FoundPoint p : found) {
            // a list is one reading: when any piece of it is unread, none of its points is kept
            s.points.add(new ParseState.FoundPoint(p.offset(), Math.min(i, labelStart), spanLast, p.bound()));
        }
        if (isDuration(end + 1)) {
            s.durations.add(new int[] {Math.min(i, labelStart), spanLast});
        }
        return end + 1;
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

    /**
     * "after transplantation", "post-dose", "before surgery": the anchor joins the labels. A time
     * after an anchor that is not baseline (last dose, discharge, dose 2) cannot be placed on the
     * axis: its piece is reported unread. "before"/"prior to" turn the offset negative.
     */
    private int readAnchor(int j, List<ParseState.FoundPoint> found) {
        Token r = s.at(j);
        if (r == null || !r.is(Kind.WORD) || !RELATIONS.contains(r.lower()) || found.isEmpty()) {
            return j - 1;
        }
        boolean negative = r.isWord("before") || r.isWord("prior");
        int k = j + 1;
        boolean nonBaseline = vocabulary.isNonBaselineAnchor(r.lower());
        while (k < s.tokens.size() && !(endsAnchor(s.at(k)) && !(negative && k == j + 1 && s.at(k).isWord("to")))) {
            Token a = s.at(k);
            if (a.isWord("baseline")) {
                s.consume(k, k); // "4 weeks post-baseline" names the anchor, not an assessment
            }
            // an event the reader does not know (a drug, an acronym) may not be baseline either
            nonBaseline |= a.is(Kind.NUM) || a.is(Kind.ORD) || (a.is(Kind.WORD)
                    && (vocabulary.isNonBaselineAnchor(a.lower()) || !vocabulary.isKnown(a.lower())));
            k++;
        }
        nonBaseline |= !negative && afterTreatmentWithoutStart(j + 1, k);
        String anchor = s.label(j, k - 1);
        for (int p = 0; p < found.size(); p++) {
            ParseState.FoundPoint f = found.get(p);
            Offset o = f.offset();
            double value = negative ? -o.value() : o.value();
            found.set(p, new ParseState.FoundPoint(new Offset(value, o.unit(), o.label() + " " + anchor),
                    f.first(), f.last(), f.bound()));
            if (nonBaseline) {
                s.markUnread(f.first(), k - 1);
            }
        }
        return k - 1;
    }

    /**
     * "14 days post treatment", "6 weeks after intervention": the end of a treatment period or its
     * start? Only "start/initiation/first ... of treatment" is read as baseline.
     */
    private boolean afterTreatmentWithoutStart(int from, int to) {
        boolean treatment = false;
        boolean start = false;
        for (int k = from; k < to; k++) {
            String w = s.at(k).lower();
            treatment |= TREATMENT_PERIODS.contains(w);
            start |= START_WORDS.contains(w);
        }
        return treatment && !start;
    }

    /** "16 weeks of therapy": a phase length; two of them in a row do not place on one axis. */
    private boolean isDuration(int j) {
        Token of = s.at(j);
        Token what = s.at(j + 1);
        return of != null && of.isWord("of") && what != null && what.is(Kind.WORD)
                && Set.of("therapy", "treatment", "follow", "followup", "observation", "intervention").contains(what.lower());
    }

    private boolean endsAnchor(Token a) {
        if (a.is(Kind.PUNCT)) {
            return !a.isPunct("-") && !a.isPunct("/");
        }
        return a.isWord("and") || a.isWord("or") || a.isWord("until") || a.isWord("up") || a.isWord("through")
                || a.isWord("to") || a.isWord("assessed") || a.isWord("then");
    }

    private int addSingle(int from, int to, Offset offset, boolean bound) {
        s.points.add(new ParseState.FoundPoint(offset, from, to, bound));
        s.consume(from, to);
        return to + 1;
    }
}
