package org.trialworkbench.analysis.schedule;

import java.util.List;
import java.util.Set;
import org.trialworkbench.analysis.schedule.Token.Kind;
import org.trialworkbench.model.Offset;

/**
 * The event after a time: "12 months after transplantation", "30 days after the last dose",
 * "7 days before discharge". A baseline event (randomization, surgery, enrolment) joins the label
 * and the time stays on the baseline axis. Any other event (last dose, discharge, dose 2, an event
 * the reader does not know) becomes the offset's {@link Offset#anchor() anchor}, written as in the
 * text: the time is read, but it is not a time from baseline. "before"/"prior to" make it negative.
 */
final class AnchorReader {

    private static final Set<String> RELATIONS = Set.of("after", "post", "following", "from", "since", "before",
            "prior", "pre", "postdose", "postoperative", "postpartum", "postdelivery");
    /** Relations that need an event after them; "postpartum", "postdose" name their own event. */
    private static final Set<String> BARE_RELATIONS = Set.of("after", "post", "following", "from", "since",
            "before", "prior", "pre");
    private static final Set<String> TREATMENT_PERIODS = Set.of("treatment", "therapy", "intervention",
            "radiotherapy", "chemotherapy", "dosing");
    private static final Set<String> START_WORDS = Set.of("start", "starting", "initiation", "beginning", "first",
            "began", "begins", "onset", "commencement");
    /** "4 years after first patient in": the first/last patient of the trial is a trial milestone, not baseline. */
    private static final Set<String> TRIAL_MEMBERS = Set.of("patient", "patients", "subject", "subjects",
            "participant", "participants", "pt", "pts");
    /** Words dropped from the front of an anchor: "after the last dose" has the anchor "last dose". */
    private static final Set<String> LEADING_FILLERS = Set.of("the", "a", "an", "to", "of");
    /** An event longer than this is narrative, not a name of an event: left unread. */
    private static final int MAX_EVENT_WORDS = 8;

    private final Vocabulary vocabulary;
    private final ParseState s;

    /** "after", "post", "prior", "postpartum" ...: a word that relates a time to an event. */
    static boolean isRelation(String lower) {
        return RELATIONS.contains(lower);
    }

    AnchorReader(Vocabulary vocabulary, ParseState state) {
        this.vocabulary = vocabulary;
        this.s = state;
    }

    /**
     * Reads the relation and event starting at token {@code j} for the times in {@code found}
     * (replaced in place); returns the index of the last token of the event, or {@code j - 1}.
     */
    int read(int j, List<ParseState.FoundPoint> found) {
        Token r = s.at(j);
        if (r == null || !r.is(Kind.WORD) || !RELATIONS.contains(r.lower()) || found.isEmpty()) {
            return j - 1;
        }
        if (r.isWord("pre") && s.at(found.get(0).first()).isPunct("-")) {
            found.forEach(f -> s.markUnread(f.first(), j)); // "-2 hours pre-dose": which way?
            return j;
        }
        if (r.isWord("pre") && !s.at(found.get(0).first()).is(Kind.NUM)) {
            return j - 1; // "Day 1 pre-dose" is the pre-dose of Day 1, not a day before the dose
        }
        boolean negative = r.isWord("before") || r.isWord("prior") || r.isWord("pre");
        int k = j + 1;
        boolean nonBaseline = vocabulary.isNonBaselineAnchor(r.lower());
        boolean hyphenated = r.isWord("post") && s.at(j + 1) != null && s.at(j + 1).isPunct("-");
        while (k < s.tokens.size() && !(endsEvent(s.at(k), hyphenated) && !(negative && k == j + 1 && s.at(k).isWord("to")))) {
            Token a = s.at(k);
            if (a.isWord("baseline")) {
                s.consume(k, k); // "4 weeks post-baseline" names the anchor, not an assessment
            }
            // an event the reader does not know (a drug, an acronym) may not be baseline either
            nonBaseline |= a.is(Kind.NUM) || a.is(Kind.ORD) || (a.is(Kind.WORD)
                    && (vocabulary.isNonBaselineAnchor(a.lower()) || !vocabulary.isKnown(a.lower())));
            nonBaseline |= a.isWord("first") && s.at(k + 1) != null && TRIAL_MEMBERS.contains(s.at(k + 1).lower());
            k++;
        }
        nonBaseline |= !negative && afterTreatmentWithoutStart(j + 1, k);
        if (k == j + 1 && BARE_RELATIONS.contains(r.lower())) {
            s.markUnread(found.get(0).first(), j); // "3 months post": after what?
            return j;
        }
        String event = nonBaseline ? eventName(j, k - 1) : null;
        if (nonBaseline && event == null) {
            int end = k - 1;
            found.forEach(f -> s.markUnread(f.first(), end)); // narrative, not the name of an event
        } else if (nonBaseline || r.isWord("pre")) {
            s.consume(j, k - 1); // "2 hours pre-dose": the pre-dose is the event here, not a time of its own
        }
        String relation = s.label(j, k - 1);
        for (int p = 0; p < found.size(); p++) {
            ParseState.FoundPoint f = found.get(p);
            Offset o = f.offset();
            double value = negative ? -o.value() : o.value();
            found.set(p, new ParseState.FoundPoint(new Offset(value, o.unit(), o.label() + " " + relation, event),
                    f.first(), f.last(), f.bound()));
        }
        return k - 1;
    }

    /**
     * "30 days and 6 months post final vaccine administration": the event after the last time of a
     * list is also the event of the times before it, when those are written "N unit" or "Nth unit" and joined to
     * it only by "," "and" "or" "to". ("Week 4 and 30 days after the last dose": Week 4 keeps
     * baseline.) {@code readingFirst} is the first token of the anchored reading.
     */
    void shareWithListBefore(int readingFirst, int relationFirst, int relationLast, String anchor) {
        String relation = s.label(relationFirst, relationLast);
        boolean negative = s.at(relationFirst).isWord("before") || s.at(relationFirst).isWord("prior")
                || s.at(relationFirst).isWord("pre");
        int boundary = readingFirst;
        int idx = s.points.size() - 1;
        while (idx >= 0) {
            ParseState.FoundPoint p = s.points.get(idx);
            boolean numberFirst = s.at(p.first()).is(Kind.NUM) || s.at(p.first()).is(Kind.ORD); // "3rd month, 6th month"
            if (!p.offset().fromBaseline() || !numberFirst || !onlyListWords(p.last() + 1, boundary)) {
                return;
            }
            int spanFirst = p.first();
            int spanLast = p.last();
            for (; idx >= 0 && s.points.get(idx).first() == spanFirst && s.points.get(idx).last() == spanLast; idx--) {
                ParseState.FoundPoint q = s.points.get(idx);
                Offset o = q.offset();
                s.points.set(idx, new ParseState.FoundPoint(new Offset(negative ? -o.value() : o.value(), o.unit(),
                        o.label() + " " + relation, anchor), q.first(), q.last(), q.bound()));
            }
            boundary = spanFirst;
        }
    }

    private boolean onlyListWords(int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = s.at(k);
            boolean list = t.isPunct(",") || t.isPunct("&") || t.isPunct("/")
                    || t.isWord("and") || t.isWord("or") || t.isWord("to");
            if (!list) {
                return false;
            }
        }
        return true;
    }

    /**
     * The event as written, without the relation and leading fillers ("after the last dose" → "last
     * dose"); a one-word relation that is its own event ("postpartum") is the event. Null when the
     * event is too long to be a name, or is only punctuation.
     */
    private String eventName(int relation, int last) {
        int first = relation + 1;
        while (first <= last && (s.at(first).is(Kind.PUNCT) || LEADING_FILLERS.contains(s.at(first).lower()))) {
            first++;
        }
        if (first > last) {
            return s.at(relation).isWord("post") || s.at(relation).isWord("after") ? null : s.at(relation).text();
        }
        long words = s.tokens.subList(first, last + 1).stream().filter(t -> !t.is(Kind.PUNCT)).count();
        return words > MAX_EVENT_WORDS ? null : s.label(first, last);
    }

    /**
     * "14 days post treatment", "6 weeks after intervention": the end of a treatment period or its
     * start? Only "start/initiation/first ... of treatment" is read as baseline; otherwise the
     * treatment is the anchor.
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

    private boolean endsEvent(Token a, boolean afterHyphenatedPost) {
        if (a.is(Kind.PUNCT)) {
            return !a.isPunct("-") && !a.isPunct("/");
        }
        return a.is(Kind.WORD) && (vocabulary.endsEvent(a.lower())
                || afterHyphenatedPost && vocabulary.isAssessmentNoun(a.lower()));
    }
}
