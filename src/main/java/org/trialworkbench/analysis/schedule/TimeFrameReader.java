package org.trialworkbench.analysis.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Recurrence;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.TimeUnit;

/**
 * Reads an outcome time frame ("Baseline, Week 4, 12 and 24", "every three month",
 * "12 months after transplantation") into a {@link Schedule}.
 *
 * <p>Conventions: offsets keep the unit as written (Week 4 is 4 WEEK, not 28 DAY) and day numbers
 * as written (Day 1 is 1 DAY; the day-0/day-1 convention of a protocol is not guessed). Baseline is
 * {@code Offset(0, DAY, "Baseline")}, pre-dose is {@code Offset(0, HOUR, "pre-dose")}. A range
 * ("Day 1 to Day 28", "up to 5 years") gives its ends as time points; the end of "up to X" is a
 * time point labelled "up to X". A time before a baseline event ("5 years prior to inclusion") is
 * negative. A time after an event that is not baseline ("30 days after the last dose", "Day 7 after
 * Dose 2") cannot be placed and is unread. The first time after a recurrence is its end
 * ("every 3 months up to 2 years").
 *
 * <p>Unread: the text is cut into pieces at , ; : ( ) [ ] . and line breaks. A piece with a word the
 * reader does not know, a number it could not place, or two recurrences, is reported verbatim in
 * {@code unreadParts}, and nothing read from that piece is kept (a guess is never a reading).
 * Words that carry no timing (events such as "death", fillers such as "assessed") are listed in
 * {@code known-words.txt}.
 *
 * <p>Results: null for a null or blank time frame; an empty schedule with no unread parts for
 * "NA", "N/A", "Not applicable" (nothing was stated, so nothing is unread); when nothing at all
 * could be placed ("end of treatment", "at birth"), the whole text is the one unread part.
 */
public final class TimeFrameReader {

    private static final Set<String> HARMLESS_PUNCT = Set.of(",", ";", ":", "(", ")", "[", "]", ".", "-", "/",
            "&", "'", "\"", "•", "*", "~", "\n", "\r", "’", "“", "”");

    private final Vocabulary vocabulary = Vocabulary.INSTANCE;
    private final TimeFrameTokenizer tokenizer = new TimeFrameTokenizer(vocabulary);

    /** Reads one time frame; see the class comment for the conventions. Never throws on text. */
    public Schedule read(String timeFrame) {
        if (timeFrame == null || timeFrame.isBlank()) {
            return null;
        }
        if (vocabulary.isNotApplicable(timeFrame)) {
            return new Schedule(List.of(), null, List.of());
        }
        ParseState state = new ParseState(timeFrame, tokenizer.tokenize(timeFrame));
        new TimeFrameGrammar(vocabulary).parse(state);
        markUnreadTokens(state);
        markSecondRecurrences(state);
        if (state.durations.size() > 1) {
            state.durations.forEach(d -> state.markUnread(d[0], d[1])); // consecutive phases, not times
        }
        markHoursAfterRepeatedDoses(state);
        return assemble(state);
    }

    private void markUnreadTokens(ParseState s) {
        for (int i = 0; i < s.tokens.size(); i++) {
            Token t = s.tokens.get(i);
            if (!s.consumed[i] && !isHarmless(t)) {
                s.unreadPieces.add(t.piece());
            }
        }
    }

    private boolean isHarmless(Token t) {
        return switch (t.kind()) {
            case WORD -> vocabulary.isKnown(t.lower()) || isAcronym(t.text());
            case PUNCT -> HARMLESS_PUNCT.contains(t.text());
            default -> false;
        };
    }

    /**
     * "NPI", "MMSE", "CDR": names of measures in a time frame carry no timing. (In the event after
     * "N days after ..." an acronym is not trusted as baseline; see the grammar.)
     */
    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
    }

    /** The model holds one recurrence; a second one ("then every 12 weeks") is not read. */
    private static void markSecondRecurrences(ParseState s) {
        List<ParseState.FoundRecurrence> kept = kept(s.recurrences, s);
        if (kept.size() > 1) {
            kept.forEach(r -> s.markUnread(r.first(), r.last()));
        }
    }

    /** "2 hours post-dose" is only a time from baseline when the dose is the first one. */
    private static void markHoursAfterRepeatedDoses(ParseState s) {
        boolean laterDays = s.points.stream().anyMatch(p -> !isUnread(s, p.first(), p.last())
                && TimeAxis.toDays(p.offset()) > 1 && p.offset().unit() != TimeUnit.HOUR
                && p.offset().unit() != TimeUnit.MINUTE);
        if (!laterDays) {
            return;
        }
        for (ParseState.FoundPoint p : s.points) {
            boolean subDay = p.offset().unit() == TimeUnit.HOUR || p.offset().unit() == TimeUnit.MINUTE;
            if (subDay && p.offset().label().toLowerCase().contains("dose")) {
                s.markUnread(p.first(), p.last());
            }
        }
    }

    private Schedule assemble(ParseState s) {
        List<ParseState.FoundPoint> points = kept(s.points, s);
        List<ParseState.FoundRecurrence> recurrences = kept(s.recurrences, s);
        Recurrence recurrence = null;
        if (recurrences.size() == 1) {
            ParseState.FoundRecurrence r = recurrences.get(0);
            ParseState.FoundPoint until = untilOf(r, points);
            if (until != null) {
                points.remove(until);
            }
            recurrence = new Recurrence(r.every(), until == null ? null : until.offset());
        }
        List<Offset> offsets = sortedDistinct(points);
        List<String> unread = UnreadText.of(s);
        if (offsets.isEmpty() && recurrence == null && unread.isEmpty()) {
            unread = List.of(s.text.strip());
        }
        return new Schedule(offsets, recurrence, unread);
    }

    /** The first bound time ("up to X") after the recurrence, else the first later time, if longer. */
    private static ParseState.FoundPoint untilOf(ParseState.FoundRecurrence r, List<ParseState.FoundPoint> points) {
        double every = TimeAxis.toDays(r.every());
        ParseState.FoundPoint firstAfter = null;
        for (ParseState.FoundPoint p : points) {
            if (p.first() > r.last() && TimeAxis.toDays(p.offset()) > every) {
                if (p.bound()) {
                    return p;
                }
                firstAfter = firstAfter == null ? p : firstAfter;
            }
        }
        return firstAfter;
    }

    private static List<Offset> sortedDistinct(List<ParseState.FoundPoint> points) {
        List<Offset> sorted = new ArrayList<>();
        points.stream().map(ParseState.FoundPoint::offset)
                .sorted(Comparator.comparingDouble(TimeAxis::toDays))
                .forEach(o -> {
                    if (sorted.isEmpty() || TimeAxis.toDays(sorted.get(sorted.size() - 1)) != TimeAxis.toDays(o)) {
                        sorted.add(o);
                    }
                });
        return sorted;
    }

    private static <T> List<T> kept(List<T> found, ParseState s) {
        List<T> kept = new ArrayList<>();
        for (T f : found) {
            int first = f instanceof ParseState.FoundPoint p ? p.first() : ((ParseState.FoundRecurrence) f).first();
            int last = f instanceof ParseState.FoundPoint p ? p.last() : ((ParseState.FoundRecurrence) f).last();
            if (!isUnread(s, first, last)) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static boolean isUnread(ParseState s, int first, int last) {
        Set<Integer> pieces = new TreeSet<>();
        for (int k = first; k <= last; k++) {
            pieces.add(s.tokens.get(k).piece());
        }
        return pieces.stream().anyMatch(s.unreadPieces::contains);
    }
}
