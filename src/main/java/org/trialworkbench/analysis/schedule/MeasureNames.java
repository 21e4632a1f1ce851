package org.trialworkbench.analysis.schedule;

import org.trialworkbench.analysis.schedule.Token.Kind;

/**
 * The name of the measure in a change clause ("Change in EORTC QLQ BR-23 total score Pre-intervention at
 * 6 weeks", "NT-proBNP best response from baseline through 12 months"). A clause (up to ; . or a line
 * break) is a change clause when it holds a word of {@code change-words.txt}; without one, only the
 * words before "from baseline" can name the measure. There an unknown word names the measure, and a number glued to a name ("BR-23", "IL-6", "TOM1") is part of
 * the name. The subject of a passive assessment verb ("Testing will be performed from ...") names what is
 * done in the same way. A word that could say when (a timing word, an event that is not baseline, a relation such
 * as "post...", a prefix anchor) is never taken as a name, and neither is a number with a space before it.
 */
final class MeasureNames {

    private static final int MAX_NAME_WORDS = 24;
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("is", "are", "was", "were", "will",
            "can", "shall", "should", "would");

    private final Vocabulary vocabulary;

    MeasureNames(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Per token: true for the words, glued numbers and joining marks of measure names. */
    boolean[] names(ParseState s) {
        boolean[] name = new boolean[s.tokens.size()];
        int start = 0;
        for (int i = 0; i <= s.tokens.size(); i++) {
            if (i == s.tokens.size() || isClauseEnd(s.at(i))) {
                int end = nameEnd(s, start, i);
                if (end > start) {
                    markClause(s, start, end, name);
                }
                start = i + 1;
            }
        }
        return name;
    }

    /**
     * Where names may stand in the clause {@code [from, end)}: all of it with a change word; only
     * before "from baseline" without one ("NT-proBNP best response from baseline ..."); else nowhere.
     */
    private int nameEnd(ParseState s, int from, int end) {
        int fromBaseline = -1;
        for (int k = from; k < end; k++) {
            Token t = s.at(k);
            if (t.is(Kind.WORD) && vocabulary.isChangeWord(t.lower())) {
                return end;
            }
            if (fromBaseline < 0 && t.isWord("from") && k + 1 < end && s.at(k + 1).isWord("baseline")) {
                fromBaseline = k;
            }
        }
        int subjectEnd = passiveSubjectEnd(s, from, end);
        if (subjectEnd >= 0 && (fromBaseline < 0 || subjectEnd <= fromBaseline)) {
            return subjectEnd;
        }
        return fromBaseline < 0 ? from : fromBaseline;
    }

    /**
     * "Testing will be performed ...", "Repeat visits were performed ...", "tumor assessment can be
     * performed ...": the end of the subject and verb of the first passive assessment verb (an unknown
     * auxiliary or participle such as "can", "obtained" is then part of the names); -1 when there is none.
     */
    private int passiveSubjectEnd(ParseState s, int from, int end) {
        for (int k = from + 1; k < end; k++) {
            if (!s.at(k).is(Kind.WORD) || !AUXILIARIES.contains(s.at(k).lower())) {
                continue;
            }
            int p = k + 1 < end && (s.at(k + 1).isWord("be") || s.at(k + 1).isWord("been")) ? k + 2 : k + 1;
            if (p < end && s.at(p).is(Kind.WORD) && vocabulary.isAssessmentVerb(s.at(p).lower())) {
                return saysNoWhen(s, from, k) ? p + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * "Samples from patients relapsing after transplant will be collected at 6 months": a subject with
     * a relation or timing word, known or not, or a time of its own ("Events occurring within 24 hours
     * following ... were collected") may say when the times count from; it is not a name.
     */
    private boolean saysNoWhen(ParseState s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.at(k);
            boolean time = t.is(Kind.NUM) || t.is(Kind.ORD) || t.is(Kind.UNIT) || t.is(Kind.CYCLE);
            if (time || t.is(Kind.WORD) && !t.isWord("baseline") && !mayBeName(t.lower())) {
                return false;
            }
        }
        return true;
    }

    private void markClause(ParseState s, int from, int end, boolean[] name) {
        boolean[] marks = new boolean[s.tokens.size()];
        int words = 0;
        for (int k = from; k < end; k++) {
            Token t = s.at(k);
            if (s.consumed[k]) {
                continue;
            }
            if (t.is(Kind.WORD) && isUnknown(t)) {
                if (!mayBeName(t.lower())) {
                    return; // a word that may say when: the clause keeps its unread words
                }
                marks[k] = true;
                words++;
            } else if (t.is(Kind.NUM) && gluedToName(s, k)) {
                marks[k] = true;
                marks[k - 1] |= s.at(k - 1).is(Kind.PUNCT);
            }
        }
        if (words > MAX_NAME_WORDS) {
            return;
        }
        for (int k = from; k < end; k++) {
            name[k] |= marks[k];
        }
    }

    /** "BR-23", "ADL/23", "NIS+7", "TOM1", "SF-36": a number written against a word, with no space. */
    private boolean gluedToName(ParseState s, int k) {
        Token before = s.at(k - 1);
        if (before == null || before.end() != s.at(k).start()) {
            return false;
        }
        if (before.is(Kind.WORD)) {
            return isNameLike(s, k - 1);
        }
        Token word = s.at(k - 2);
        boolean joiner = before.isPunct("-") || before.isPunct("/") || before.isPunct("+");
        return joiner && word != null && word.is(Kind.WORD) && word.end() == before.start() && isNameLike(s, k - 2);
    }

    /**
     * A letter standing alone before a number is a visit or time code ("V3", "T2", "M6"), never a measure
     * name; inside a name ("IL-1R1", "SF-36v2") it follows a number directly.
     */
    private boolean isNameLike(ParseState s, int w) {
        Token word = s.at(w);
        Token before = s.at(w - 1);
        boolean insideName = before != null && before.is(Kind.NUM) && before.end() == word.start();
        if (word.text().length() < 2 && !insideName) {
            return false;
        }
        return isUnknown(word) ? mayBeName(word.lower()) : TimeFrameReader.isAcronym(word.text());
    }

    private boolean mayBeName(String w) {
        return !vocabulary.isTimingWord(w) && !vocabulary.isNonBaselineAnchor(w) && !vocabulary.isPrefixAnchor(w)
                && !AnchorReader.isRelation(w) && !w.startsWith("post") && !w.startsWith("pre");
    }

    private boolean isUnknown(Token t) {
        return !vocabulary.isKnown(t.lower()) && !TimeFrameReader.isAcronym(t.text());
    }

    private static boolean isClauseEnd(Token t) {
        return t.isPunct(";") || t.isPunct(".") || t.isPunct("\n") || t.isPunct("\r");
    }
}
