package org.trialworkbench.analysis.schedule;

import java.util.Set;
import org.trialworkbench.analysis.schedule.Token.Kind;

/**
 * Finds the names of events in a time window ("From the first administration of alectinib to the
 * date of progression on osimertinib or death, up to 3 years"): the words after from / until / to
 * up to the next bound word or punctuation. Such an event is not placed on the schedule (only the
 * stated times are), so a drug or condition name inside it carries no timing and need not be
 * reported unread. So is an event after "or" right after a read time in a window ("until 28 days
 * after the last dose or initiation of a new anticancer treatment"). An event is trusted as a name only when it holds no number, unit, read time or
 * timing word ({@code timing-words.txt}), and few unknown words; otherwise its words stay unread.
 */
final class EventPhrases {

    private static final Set<String> OPENERS = Set.of("from", "until", "till", "untill", "to", "through", "thru",
            "since");
    /** Words after which the event has ended: bounds and the event-end words, except and / or (lists of events). */
    private static final Set<String> CLOSERS = Set.of("from", "until", "till", "untill", "to", "through", "thru",
            "since", "up");
    /**
     * Words that make the words after "or" a moment that ends the window ("or initiation of a new
     * anticancer treatment", "or at time of next therapy"), not a second name of the same event
     * ("after administration of CP or placebo") nor "or more".
     */
    private static final Set<String> EVENT_MOMENTS = Set.of("initiation", "start", "starting", "beginning", "onset",
            "commencement", "time", "date");
    private static final int MAX_UNKNOWN = 3;
    private static final int MAX_WORDS = 14;

    private final Vocabulary vocabulary;

    EventPhrases(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Marks, per token, the unknown words that are inside the name of an event of a window. */
    boolean[] namesInWindows(ParseState s) {
        boolean[] name = new boolean[s.tokens.size()];
        boolean inWindow = false;
        boolean bounded = false;
        int i = 0;
        while (i < s.tokens.size()) {
            Token t = s.at(i);
            if (isHardBreak(t)) {
                inWindow = false;
                bounded = false;
            }
            bounded |= t.is(Kind.WORD) && (OPENERS.contains(t.lower()) || t.isWord("up") || t.isWord("within"));
            boolean opens = t.is(Kind.WORD) && OPENERS.contains(t.lower())
                    || inWindow && t.isPunct(",") && s.at(i + 1) != null && (s.at(i + 1).isWord("or") || s.at(i + 1).isWord("and"))
                    || bounded && isAlternativeAfterATime(s, i);
            if (!opens) {
                i++;
                continue;
            }
            int end = endOfEvent(s, i + 1);
            if (isName(s, i + 1, end)) {
                markUnknown(s, i + 1, end, name);
                inWindow = true;
                i = Math.max(end, i + 1);
            } else {
                i++; // an event that is no name may hold a read time followed by "or" and another event
            }
        }
        return name;
    }

    /**
     * "Until 28 days from the last dose or initiation of a new anticancer treatment": an event after
     * "or" right after a read time (and its anchor) is the other end of the window, whichever comes first,
     * when it has two words or more and names a moment (initiation, start, time ...) or "whichever" follows.
     */
    private boolean isAlternativeAfterATime(ParseState s, int i) {
        if (!s.at(i).isWord("or") || i == 0 || !s.consumed[i - 1] || s.at(i - 1).is(Kind.PUNCT)) {
            return false;
        }
        int end = endOfEvent(s, i + 1);
        int words = 0;
        boolean namesWhen = false;
        for (int k = i + 1; k < end; k++) {
            words += s.at(k).is(Kind.WORD) ? 1 : 0;
            namesWhen |= s.at(k).is(Kind.WORD) && EVENT_MOMENTS.contains(s.at(k).lower());
        }
        return words >= 2 && (namesWhen || whicheverFollows(s, end));
    }

    /** "(whichever occurred earlier)", ", whichever comes first": later in the same clause. */
    private static boolean whicheverFollows(ParseState s, int from) {
        for (int k = from; k < s.tokens.size(); k++) {
            Token t = s.at(k);
            if (t.isPunct(";") || t.isPunct(".") || t.isPunct("\n") || t.isPunct("\r")) {
                return false;
            }
            if (t.isWord("whichever")) {
                return true;
            }
        }
        return false;
    }

    private int endOfEvent(ParseState s, int from) {
        int k = from;
        while (k < s.tokens.size() && !endsEvent(s.at(k), k == from)) {
            k++;
        }
        return k;
    }

    private boolean endsEvent(Token t, boolean first) {
        if (t.is(Kind.PUNCT)) {
            return !t.isPunct("-") && !t.isPunct("/") && !t.isPunct("'") && !t.isPunct("’");
        }
        boolean bound = t.is(Kind.WORD) && (CLOSERS.contains(t.lower())
                || vocabulary.endsEvent(t.lower()) && !t.isWord("and") && !t.isWord("or"));
        return bound && !(first && (t.isWord("or") || t.isWord("and")));
    }

    private boolean isName(ParseState s, int from, int end) {
        int words = 0;
        int unknown = 0;
        for (int k = from; k < end; k++) {
            Token t = s.at(k);
            if (s.consumed[k] || t.is(Kind.NUM) || t.is(Kind.ORD) || t.is(Kind.UNIT) || t.is(Kind.CYCLE)) {
                return false;
            }
            if (t.is(Kind.WORD)) {
                if (vocabulary.isTimingWord(t.lower())) {
                    return false;
                }
                words++;
                unknown += isUnknown(t) ? 1 : 0;
            }
        }
        return words > 0 && words <= MAX_WORDS && unknown <= MAX_UNKNOWN;
    }

    private void markUnknown(ParseState s, int from, int end, boolean[] name) {
        for (int k = from; k < end; k++) {
            name[k] = s.at(k).is(Kind.WORD) && isUnknown(s.at(k));
        }
    }

    private boolean isUnknown(Token t) {
        return !vocabulary.isKnown(t.lower()) && !TimeFrameReader.isAcronym(t.text());
    }

    private static boolean isHardBreak(Token t) {
        return t.isPunct(";") || t.isPunct(".") || t.isPunct("(") || t.isPunct(")") || t.isPunct(":")
                || t.isPunct("\n") || t.isPunct("\r");
    }
}
