package org.trialworkbench.analysis.schedule;

import java.util.Set;
import org.trialworkbench.analysis.schedule.Token.Kind;

/**
 * "Postpartum, 1 month after delivery", "Post-intervention, 1 week after completion of ...": an
 * event header at the start of a clause, before a comma or colon, says what the times after it count
 * from. When every time in the clause names its event, the header only repeats it and is read; a
 * time under it without an event ("Post-intervention, 1 week") is not from baseline, so it is unread.
 * "During pregnancy, week 23": times under a prefix-anchor header count from that event.
 */
final class EventHeaders {

    /** One-word relations that name their own event. */
    private static final Set<String> SELF_ANCHORED = Set.of("postpartum", "postdelivery", "postnatal", "postpartal");
    private static final Set<String> TREATMENT_PERIODS = Set.of("treatment", "therapy", "intervention",
            "radiotherapy", "chemotherapy", "dosing", "vaccination");

    private final Vocabulary vocabulary;

    EventHeaders(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    void mark(ParseState s) {
        int clauseStart = 0;
        for (int i = 0; i <= s.tokens.size(); i++) {
            if (i == s.tokens.size() || isClauseEnd(s.at(i))) {
                markClause(s, clauseStart, i);
                clauseStart = i + 1;
            }
        }
    }

    private void markClause(ParseState s, int from, int end) {
        if (reanchorUnderPrefixHeader(s, from, end)) {
            return;
        }
        int headerEnd = headerEnd(s, from, end);
        if (headerEnd < 0) {
            return;
        }
        boolean anyPoint = false;
        boolean allAnchored = true;
        for (ParseState.FoundPoint p : s.points) {
            if (p.first() > headerEnd && p.last() < end) {
                anyPoint = true;
                allAnchored &= !p.offset().fromBaseline();
            }
        }
        if (anyPoint && allAnchored) {
            s.consume(from, headerEnd);
        } else if (anyPoint) {
            s.markUnread(from, end - 1);
        }
    }

    /**
     * "During pregnancy, week 23": a header naming an event that times count from (a prefix anchor,
     * {@code prefix-anchors.txt}) gives that event to the times under it, as "Pregnancy week 23" does.
     */
    private boolean reanchorUnderPrefixHeader(ParseState s, int from, int end) {
        int k = from < end && (s.at(from).isWord("during") || s.at(from).isWord("in")) ? from + 1 : from;
        Token event = s.at(k);
        Token separator = s.at(k + 1);
        if (k + 1 >= end || !event.is(Kind.WORD) || !vocabulary.isPrefixAnchor(event.lower())
                || !(separator.isPunct(",") || separator.isPunct(":"))) {
            return false;
        }
        boolean any = false;
        for (int p = 0; p < s.points.size(); p++) {
            ParseState.FoundPoint f = s.points.get(p);
            if (f.first() > k + 1 && f.last() < end && f.offset().fromBaseline()) {
                org.trialworkbench.model.Offset o = f.offset();
                s.points.set(p, new ParseState.FoundPoint(new org.trialworkbench.model.Offset(o.value(), o.unit(),
                        o.label(), event.text()), f.first(), f.last(), f.bound()));
                any = true;
            }
        }
        if (any) {
            s.consume(from, k + 1);
        }
        return any;
    }

    /** The index of the comma/colon ending a header at {@code from}, or -1 when the clause has none. */
    private int headerEnd(ParseState s, int from, int end) {
        Token first = s.at(from);
        if (first == null || from >= end || !first.is(Kind.WORD)) {
            return -1;
        }
        int k;
        if (SELF_ANCHORED.contains(first.lower())) {
            k = from + 1;
        } else if (first.isWord("post")) {
            k = s.at(from + 1) != null && s.at(from + 1).isPunct("-") ? from + 2 : from + 1;
            Token event = s.at(k);
            if (event == null || !event.is(Kind.WORD) || !(TREATMENT_PERIODS.contains(event.lower())
                    || vocabulary.isNonBaselineAnchor(event.lower()))) {
                return -1;
            }
            k++;
        } else {
            return -1;
        }
        Token separator = s.at(k);
        return k < end && separator != null && (separator.isPunct(",") || separator.isPunct(":")) ? k : -1;
    }

    private static boolean isClauseEnd(Token t) {
        return t.isPunct(";") || t.isPunct(".") || t.isPunct("\n") || t.isPunct("\r");
    }
}
