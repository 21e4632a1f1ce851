package org.trialworkbench.analysis.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trialworkbench.model.TimeUnit;

/**
 * Finds the time a measure's own words give — "Change From Baseline in mNIS+7 at Month 9", "… at
 * Month 6, 12 and 18", "… at Week 8 Compared With Baseline" — for an outcome whose registry states
 * no time frame (WHO ICTRP carries none for most registries; results-era measure titles say when).
 *
 * <p>Only "at", or the "to" / "through" right after "from baseline", followed by a list of times from
 * baseline counts (numbers with units, "Baseline", joined by commas, "and", "or"); a change "from
 * baseline" is measured at baseline too, so those words are part of what is read. And only when nothing right after it could change what the time
 * counts from or means ("at 12 months post-transplant", "at Week 52 of Years 4 and 5", "at 18
 * years of age", "at 4-week intervals", "at Week 12 - 24", "at baseline and on day 28"), and never
 * minutes or hours ("Apgar score at 5 minutes" counts from birth, not from baseline). A measure
 * with two different such times, or with one that is refused, gives none: which one dates the
 * measure is not clear, and half a list is a misreading. Only the measure's first line is read: further lines
 * of a multi-line measure (an EU CTR primary end point listing several) are other end points or notes.
 */
final class MeasureTimePhrase {

    /** Punctuation after the times that ends them. */
    private static final Set<String> ENDING_PUNCT = Set.of(".", ";", ":", ")", "]", ",", "(", "\n", "\r");

    private final TimeFrameTokenizer tokenizer = new TimeFrameTokenizer(Vocabulary.INSTANCE);

    /**
     * What a measure's words say of its time: {@code words}, verbatim pieces of the measure joined by
     * " … " (shown as the reading's source), and {@code reading}, the time frame they amount to.
     */
    record Found(String words, String reading) {
    }

    /** The times of {@code measure}, or empty when it gives none unambiguously. */
    Optional<Found> find(String measureText) {
        if (measureText == null || measureText.isBlank()) {
            return Optional.empty();
        }
        // Its first line names the measure; further lines (an EU CTR end point's bullets) name other end points
        // or explain it, and a time of one of them is not the time of the whole.
        String measure = measureText.strip().lines().findFirst().orElse("");
        List<Token> tokens = tokenizer.tokenize(measure);
        int fromBaseline = fromBaseline(tokens);
        List<String> phrases = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < tokens.size(); i++) {
            // "at Month 9"; "(from baseline) to Week 24", "through Week 24": a change's end
            boolean at = tokens.get(i).isWord("at");
            boolean end = fromBaseline >= 0 && i == fromBaseline + 2 && (tokens.get(i).isWord("to") || tokens.get(i).isWord("through"));
            if (!at && !end) {
                continue;
            }
            int runEnd = runEnd(tokens, i + 1);
            if (!holdsATime(tokens, i + 1, runEnd)) {
                continue; // "at least", "at risk", "at 2 mg": not a time
            }
            if (!endsCleanly(tokens, runEnd) || hasShortUnit(tokens, i + 1, runEnd)) {
                return Optional.empty();
            }
            String phrase = measure.substring(tokens.get(i).start(), tokens.get(runEnd - 1).end());
            if (!phrases.contains(phrase)) {
                phrases.add(phrase);
                first = i;
            }
        }
        if (phrases.size() != 1) {
            return Optional.empty();
        }
        if (fromBaseline < 0) {
            return Optional.of(new Found(phrases.get(0), phrases.get(0)));
        }
        // "Change From Baseline in the mNIS+7 at Month 9": measured at baseline too
        String from = measure.substring(tokens.get(fromBaseline).start(), tokens.get(fromBaseline + 1).end());
        boolean joined = first == fromBaseline + 2;
        return Optional.of(new Found(joined ? from + " " + phrases.get(0) : from + " … " + phrases.get(0),
                from + " " + phrases.get(0)));
    }

    /** Index of "from" in the first "from baseline", or -1. */
    private static int fromBaseline(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isWord("from") && tokens.get(i + 1).isWord("baseline")) {
                return i;
            }
        }
        return -1;
    }

    /** End (exclusive) of the list of times starting at {@code from}, trailing joiners left out. */
    private static int runEnd(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && inTimeList(tokens, end)) {
            end++;
        }
        while (end > from && isJoiner(tokens.get(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean inTimeList(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return switch (t.kind()) {
            case NUM, UNIT -> true;
            case WORD -> t.lower().equals("baseline") || t.lower().equals("and") || t.lower().equals("or");
            // "12-month": a hyphen only between a number and its unit, never in a range ("Week 12-24")
            case PUNCT -> isJoiner(t) || t.text().equals("-") && i > 0 && tokens.get(i - 1).is(Token.Kind.NUM)
                    && i + 1 < tokens.size() && tokens.get(i + 1).is(Token.Kind.UNIT);
            default -> false;
        };
    }

    private static boolean isJoiner(Token t) {
        return t.isPunct(",") || t.isPunct("&") || t.isWord("and") || t.isWord("or");
    }

    /** A number next to a time unit ("Month 6", "6 months", "6-month"), or "Baseline". */
    private static boolean holdsATime(List<Token> tokens, int from, int end) {
        for (int i = from; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isWord("baseline")) {
                return true;
            }
            boolean unitBefore = i - 1 >= from && tokens.get(i - 1).is(Token.Kind.UNIT);
            boolean unitAfter = i + 1 < end && tokens.get(i + 1).is(Token.Kind.UNIT)
                    || i + 2 < end && tokens.get(i + 1).isPunct("-") && tokens.get(i + 2).is(Token.Kind.UNIT);
            if (t.is(Token.Kind.NUM) && (unitBefore || unitAfter)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Minutes and hours in a measure count from an event it need not name: "Apgar score at 5 minutes"
     * (after birth), "plasma level at 2 hours" (after the dose); never from baseline.
     */
    private static boolean hasShortUnit(List<Token> tokens, int from, int end) {
        for (int i = from; i < end; i++) {
            TimeUnit unit = tokens.get(i).unit();
            if (tokens.get(i).is(Token.Kind.UNIT) && (unit == TimeUnit.MINUTE || unit == TimeUnit.HOUR)) {
                return true;
            }
        }
        return false;
    }

    /** Nothing right after the times (or after the comma or parenthesis that ends them) changes them. */
    private static boolean endsCleanly(List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(end);
        if (next.is(Token.Kind.PUNCT)) {
            if (!ENDING_PUNCT.contains(next.text())) {
                return false; // "at 5 minutes < 7", "at Week 12 - 24", "at 2/3/5 years"
            }
            boolean opensMore = next.isPunct(",") || next.isPunct("(");
            return !opensMore || end + 1 >= tokens.size() || !changes(tokens.get(end + 1));
        }
        return !changes(next) && !next.is(Token.Kind.NUM) && !next.isUnitLike();
    }

    private static boolean changes(Token t) {
        return t.is(Token.Kind.WORD) && Vocabulary.INSTANCE.changesMeasureTime(t.lower());
    }
}
