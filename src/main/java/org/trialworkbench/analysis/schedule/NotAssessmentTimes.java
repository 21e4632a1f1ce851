package org.trialworkbench.analysis.schedule;

import java.util.Set;
import org.trialworkbench.analysis.schedule.Token.Kind;

/**
 * Times whose wording shows they are not times at which the outcome is assessed. Such a time read
 * as a time point would be a silent misreading, so it is left unread (or, where the wording names
 * another reading of the same visit, not kept twice):
 * <ul>
 * <li>a length qualified as a lower bound or a statistic ("At least 24 weeks", "a median of 4 years",
 * "the median treatment duration was 55 days", "maximum exposure to study drug was 1158 days"; words
 * in {@code length-qualifiers.txt} and {@code length-statistics.txt});</li>
 * <li>the window in which one visit falls ("Baseline (within 6 months prior to first dose)": the
 * baseline visit is somewhere in those 6 months, not at -6 months; the window is not kept, like a
 * tolerance);</li>
 * <li>"(baseline)" after a time names that time ("week -1 (baseline)" is one visit at week -1, not
 * also one at day 0); so does a time alone in parentheses after "Baseline" ("Baseline (Day 1)");</li>
 * <li>the time of a safety follow-up ("4-month Safety Follow-Up period"): it counts from the last
 * dose.</li>
 * </ul>
 */
final class NotAssessmentTimes {

    /** Words between a qualifier and its time: "a median of approximately 2 years", "median follow-up 5 years". */
    private static final Set<String> FILLERS = Set.of("of", "a", "an", "the", "approximately", "about", "around",
            "over", "median", "mean", "follow", "up", "followup");
    private static final Set<String> COPULAS = Set.of("was", "is", "were", "are", "of");

    private NotAssessmentTimes() {
    }

    static void mark(ParseState s, Vocabulary vocabulary) {
        markQualifiedLengths(s, vocabulary);
        markVisitWindows(s);
        dropBaselineNamingATime(s);
        markSafetyFollowUps(s);
    }

    /**
     * "to 4-month Safety Follow-Up period", "at Day 30 Safety Follow-Up Visit": a safety follow-up
     * counts from the last dose (the end of treatment), not from baseline; its time is left unread.
     */
    private static void markSafetyFollowUps(ParseState s) {
        for (ParseState.FoundPoint p : s.points) {
            Token safety = s.at(p.last() + 1);
            Token follow = s.at(p.last() + 2);
            if (safety != null && safety.isWord("safety") && follow != null
                    && (follow.isWord("follow") || follow.isWord("followup"))) {
                int up = isPunct(s, p.last() + 3, "-") ? p.last() + 4 : p.last() + 3; // "Follow-Up", "follow up"
                int last = s.at(up) != null && s.at(up).isWord("up") ? up : p.last() + 2;
                s.markUnread(p.first(), last);
            }
        }
    }

    /**
     * The time a length qualifier qualifies is unread, with the qualifier: the time right after it
     * ("at least 24 weeks", "a median of 4 years", fillers between) or the time after "was"/"is" in
     * its clause ("median time on study was 18.3 months"). In "the mean change in score at 12
     * months" the qualifier is of the measure, not of the time, which stays read.
     */
    private static void markQualifiedLengths(ParseState s, Vocabulary vocabulary) {
        for (int i = 0; i < s.tokens.size(); i++) {
            if (!s.at(i).is(Kind.WORD) || !vocabulary.isLengthStatistic(s.at(i).lower())) {
                continue;
            }
            int from = i > 0 && s.at(i - 1).isWord("at") ? i - 1 : i; // "at least"
            int time = qualifiedTime(s, i, vocabulary.isLengthQualifier(s.at(i).lower()));
            for (ParseState.FoundPoint p : s.points) {
                if (time >= 0 && p.first() <= time && p.last() >= time) {
                    s.markUnread(Math.min(from, time), p.last());
                }
            }
        }
    }

    /**
     * The first token of the time the qualifier at {@code q} qualifies, or -1; only the time after
     * "was"/"is" unless {@code direct} (then also the time right after it).
     */
    private static int qualifiedTime(ParseState s, int q, boolean direct) {
        int k = q + 1;
        while (k < s.tokens.size() && isFiller(s.at(k))) {
            k++;
        }
        if (direct && k < s.tokens.size() && s.at(k).is(Kind.NUM)) {
            return k; // "least 24 weeks", "median of two years"; not "the mean of Week 4 and Week 8 values"
        }
        for (; k + 1 < s.tokens.size() && !endsClause(s.at(k)); k++) {
            if (COPULAS.contains(s.at(k).lower()) && s.at(k + 1).is(Kind.NUM)) {
                return k + 1; // "median treatment duration was 55 days"
            }
        }
        return -1;
    }

    /**
     * "Baseline (within 6 months prior to first dose)": the window of the visit before it, like a
     * tolerance ("Week 12, ±3 days"); the times in it are not visits and are not kept.
     */
    private static void markVisitWindows(ParseState s) {
        for (int open = 1; open + 1 < s.tokens.size(); open++) {
            if (!s.at(open).isPunct("(") || !s.at(open + 1).isWord("within") || !endsAPoint(s, open - 1)) {
                continue;
            }
            int close = open + 1;
            while (close < s.tokens.size() && !s.at(close).isPunct(")")) {
                close++;
            }
            int first = open + 1;
            int last = close;
            s.points.removeIf(p -> p.first() >= first && p.last() < last);
        }
    }

    /**
     * "week -1 (baseline)", "Baseline (Day 1)": a time and "baseline" naming each other in
     * parentheses are one visit, at the time as written; the Baseline point is not kept beside it.
     */
    private static void dropBaselineNamingATime(ParseState s) {
        s.points.removeIf(b -> isBaseline(b) && (namedBefore(s, b) || namedInParenthesesAfter(s, b)));
    }

    /** "week -1 (baseline)". */
    private static boolean namedBefore(ParseState s, ParseState.FoundPoint b) {
        return isPunct(s, b.first() - 1, "(") && isPunct(s, b.last() + 1, ")")
                && s.points.stream().anyMatch(p -> p.last() == b.first() - 2 && isOtherTime(p));
    }

    /** "Baseline (Day 1)": one time alone in the parentheses, not a bound ("baseline (up to 4 years)"). */
    private static boolean namedInParenthesesAfter(ParseState s, ParseState.FoundPoint b) {
        return isPunct(s, b.last() + 1, "(") && s.points.stream().anyMatch(p -> p.first() == b.last() + 2
                && isPunct(s, p.last() + 1, ")") && isOtherTime(p) && !p.bound()
                && s.points.stream().filter(q -> q.first() == p.first() && q.last() == p.last()).count() == 1);
    }

    private static boolean isOtherTime(ParseState.FoundPoint p) {
        return p.offset().value() != 0 && p.offset().fromBaseline();
    }

    private static boolean isPunct(ParseState s, int token, String punct) {
        return s.at(token) != null && s.at(token).isPunct(punct);
    }

    private static boolean isBaseline(ParseState.FoundPoint p) {
        return p.first() == p.last() && "Baseline".equals(p.offset().label()) && p.offset().value() == 0;
    }

    private static boolean isFiller(Token t) {
        return t.isPunct("-") || t.is(Kind.WORD) && FILLERS.contains(t.lower());
    }

    private static boolean endsAPoint(ParseState s, int token) {
        return s.points.stream().anyMatch(p -> p.last() == token);
    }

    private static boolean endsClause(Token t) {
        return t.is(Kind.PUNCT) && (t.isPunct(",") || t.isPunct(";") || t.isPunct(".") || t.isPunct("(")
                || t.isPunct(")") || t.isPunct(":") || t.isPunct("\n"));
    }
}
