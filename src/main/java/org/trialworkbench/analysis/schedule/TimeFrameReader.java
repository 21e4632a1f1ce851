package org.trialworkbench.analysis.schedule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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
 * Dose 2") is read with that event as its {@link Offset#anchor() anchor} ("last dose", "Dose 2"):
 * it is not a time from baseline, and {@link TimeAxis} keeps it off the baseline axis. The first time after a recurrence is its end
 * ("every 3 months up to 2 years").
 *
 * <p>Unread: a word the reader does not know, a number it could not place, a time after a
 * non-baseline event, a second recurrence: these are reported verbatim in {@code unreadParts}
 * (neighbouring unread words joined into one part), and a time next to an unread word in the same
 * comma/parenthesis piece is not kept either (a guess is never a reading). Times whose wording shows
 * they are not assessment times ("at least 24 weeks", "a median of 4 years", a safety follow-up) are
 * unread too (see {@link NotAssessmentTimes}).
 * Words that carry no timing (events such as "death", fillers such as "assessed") are listed in
 * {@code known-words.txt}; unknown words are skipped only where their place shows they name an event of
 * a window, the measure of a change clause or a visit whose time is given (see the package comment).
 * Hours under a study-day header ("Cycle 1, Day 1: predose and 2 hours postdose") are read after that
 * day's dose (anchor "Cycle 1, Day 1 dose"); a glued minus sign ("Day -28 to -1") is kept.
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
        Schedule schedule = read(timeFrame, true);
        if (schedule.recurrence() != null && schedule.recurrence().until() == null) {
            // "every 30 minutes up to end of the surgery": an event ends the recurrence at an unknown
            // time, so it must not run on to the trial horizon; the event stays unread
            return read(timeFrame, false);
        }
        return schedule;
    }

    private Schedule read(String timeFrame, boolean skipEventNames) {
        ParseState state = new ParseState(timeFrame, tokenizer.tokenize(timeFrame));
        new TimeFrameGrammar(vocabulary).parse(state);
        new EventHeaders(vocabulary).mark(state);
        new NamedTimes(vocabulary).mark(state);
        markUnreadTokens(state, skipEventNames);
        NotAssessmentTimes.mark(state, vocabulary);
        markSecondRecurrences(state);
        if (state.durations.size() > 1) {
            state.durations.forEach(d -> state.markUnread(d[0], d[1])); // consecutive phases, not times
        }
        DayDoseHours.anchor(state);
        markHoursAfterRepeatedDoses(state);
        markCompoundLengths(state);
        markPreDoseOnALaterDay(state);
        markUnderUnreadHeaders(state);
        return assemble(state);
    }

    private void markUnreadTokens(ParseState s, boolean skipEventNames) {
        boolean[] eventNames = skipEventNames ? new EventPhrases(vocabulary).namesInWindows(s) : new boolean[s.tokens.size()];
        boolean[] measureNames = new MeasureNames(vocabulary).names(s);
        for (int i = 0; i < s.tokens.size(); i++) {
            Token t = s.tokens.get(i);
            if (!s.consumed[i] && !eventNames[i] && !measureNames[i] && !isHarmless(t)) {
                s.unread[i] = true;
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
    static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
    }

    /** The model holds one recurrence; a second one ("then every 12 weeks") is not read. */
    private static void markSecondRecurrences(ParseState s) {
        if (s.recurrences.size() > 1) {
            s.recurrences.forEach(r -> s.markUnread(r.first(), r.last()));
        }
    }

    /**
     * "2 hours post-dose" is a time from baseline (day 0) only when no study day is named: hours and
     * minutes are not placed when the frame also names a study day ("Day 1", "Cycle 2 Day 1"),
     * because day numbers are kept as written and the hours count from that day's dose.
     */
    private static void markHoursAfterRepeatedDoses(ParseState s) {
        boolean laterDay = s.points.stream().anyMatch(p -> p.offset().unit() == TimeUnit.DAY
                && p.offset().fromBaseline() && TimeAxis.toDays(p.offset()) >= 1 && startsWithDayWord(p.offset().label()));
        if (!laterDay) {
            return;
        }
        for (ParseState.FoundPoint p : s.points) {
            boolean shortTime = p.offset().unit() == TimeUnit.HOUR || p.offset().unit() == TimeUnit.MINUTE;
            if (shortTime && p.offset().fromBaseline()) { // "2 hours after dose 2" says its event
                s.markUnread(p.first(), p.last());
            }
        }
    }

    /**
     * "a 3 year and 9 months period", "2 years 6 months": a length written in two units, the second
     * shorter than one of the first, is one length (45 months), not two times; it is left unread.
     */
    private static void markCompoundLengths(ParseState s) {
        for (int p = 0; p + 1 < s.points.size(); p++) {
            ParseState.FoundPoint big = s.points.get(p);
            ParseState.FoundPoint small = s.points.get(p + 1);
            boolean shapes = s.at(big.first()).is(Token.Kind.NUM) && s.at(big.last()).is(Token.Kind.UNIT)
                    && s.at(small.first()).is(Token.Kind.NUM) && small.first() > big.last();
            if (shapes && onlyJoiners(s, big.last() + 1, small.first())
                    && small.offset().unit().days() < big.offset().unit().days()
                    && Math.abs(TimeAxis.daysAfterAnchor(small.offset())) < big.offset().unit().days()) {
                s.markUnread(big.first(), small.last());
            }
        }
    }

    private static boolean onlyJoiners(ParseState s, int from, int to) {
        if (to - from > 1) {
            return false;
        }
        return from == to || s.at(from).isWord("and") || s.at(from).isPunct(",");
    }

    /**
     * "Day 15, Cycle 1 pre treatment": a pre-dose/pre-treatment after a study day later than Day 1 in
     * the same clause (up to ; . or a line break) is that day's pre-dose, not the baseline one; so is
     * one followed by "on" and study days ("Pre-treatment on Day 1 of Cycles 1, 2 and 4").
     */
    private static void markPreDoseOnALaterDay(ParseState s) {
        for (ParseState.FoundPoint pre : s.points) {
            if (!isPreDose(pre.offset()) || !pre.offset().fromBaseline()) {
                continue;
            }
            for (ParseState.FoundPoint day : s.points) {
                boolean studyDay = day.offset().unit() == TimeUnit.DAY && day.offset().fromBaseline()
                        && startsWithDayWord(day.offset().label());
                boolean laterDay = studyDay && day.offset().value() >= 2;
                boolean dayAfterOn = studyDay && s.at(pre.last() + 1) != null && s.at(pre.last() + 1).isWord("on")
                        && day.first() == pre.last() + 2; // "Pre-treatment on Day 1 of Cycles 1, 2 and 4"
                if (laterDay && day.last() < pre.first() && sameClause(s, day.last(), pre.first()) || dayAfterOn) {
                    s.markUnread(pre.first(), pre.last());
                }
            }
        }
    }

    private static boolean isPreDose(Offset o) {
        return o.value() == 0 && o.label() != null && o.label().toLowerCase(java.util.Locale.ROOT).startsWith("pre");
    }

    private static boolean sameClause(ParseState s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.tokens.get(k);
            if (t.isPunct(";") || t.isPunct(".") || t.isPunct("\n")) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWithDayWord(String label) {
        String l = label.toLowerCase(java.util.Locale.ROOT);
        boolean acronym = (l.startsWith("d") || l.startsWith("c")) && l.length() > 1
                && Character.isDigit(l.charAt(l.charAt(1) == ' ' && l.length() > 2 ? 2 : 1)); // D8, C2D1, "c 3 d 1"
        return l.startsWith("day") || acronym || l.startsWith("cycle");
    }

    /**
     * "Post-delivery: 1 month, 3 months": an unread header before a colon qualifies what follows
     * it, up to the end of the clause (; . or line break), so nothing under it is kept.
     */
    private static void markUnderUnreadHeaders(ParseState s) {
        boolean headerUnread = false;
        boolean under = false;
        for (int i = 0; i < s.tokens.size(); i++) {
            Token t = s.tokens.get(i);
            if (t.isPunct(";") || t.isPunct(".") || t.isPunct("\n")) {
                headerUnread = false;
                under = false;
            } else if (t.isPunct(":")) {
                under = headerUnread;
            } else if (under && s.consumed[i]) {
                s.unread[i] = true;
            }
            headerUnread |= s.unread[i];
        }
    }
    private Schedule assemble(ParseState s) {
        List<ParseState.FoundPoint> points = kept(s.points, s);
        List<ParseState.FoundRecurrence> recurrences = kept(s.recurrences, s);
        markDropped(s, s.points, points);
        markDropped(s, s.recurrences, recurrences);
        Recurrence recurrence = null;
        if (recurrences.size() == 1) {
            ParseState.FoundRecurrence r = recurrences.get(0);
            ParseState.FoundPoint until = untilOf(r, points);
            if (until != null) {
                points.removeIf(p -> p == until);
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

    /**
     * The first bound time ("up to X") after the recurrence, else the first later time, if longer.
     * A time after another event never ends a recurrence counted from baseline.
     */
    private static ParseState.FoundPoint untilOf(ParseState.FoundRecurrence r, List<ParseState.FoundPoint> points) {
        double every = TimeAxis.toDays(r.every());
        ParseState.FoundPoint firstAfter = null;
        for (ParseState.FoundPoint p : points) {
            if (p.first() > r.last() && p.offset().fromBaseline() && TimeAxis.toDays(p.offset()) > every) {
                if (p.bound()) {
                    return p;
                }
                firstAfter = firstAfter == null ? p : firstAfter;
            }
        }
        return firstAfter;
    }

    /**
     * Times from baseline in day order, then times after other events grouped by event (in order of
     * first mention) and ordered by their length after it; one of each.
     */
    private static List<Offset> sortedDistinct(List<ParseState.FoundPoint> points) {
        List<String> events = new ArrayList<>();
        points.forEach(p -> {
            if (!p.offset().fromBaseline() && !events.contains(p.offset().anchor())) {
                events.add(p.offset().anchor());
            }
        });
        Comparator<Offset> order = Comparator.<Offset>comparingInt(o -> o.fromBaseline() ? -1 : events.indexOf(o.anchor()))
                .thenComparingDouble(TimeAxis::daysAfterAnchor);
        List<Offset> sorted = new ArrayList<>();
        points.stream().map(ParseState.FoundPoint::offset).sorted(order).forEach(o -> {
            Offset last = sorted.isEmpty() ? null : sorted.get(sorted.size() - 1);
            if (last == null || order.compare(last, o) != 0) {
                sorted.add(o);
            }
        });
        return sorted;
    }

    /** The readings whose tokens are all read; points of one list share a span, judged once. */
    private static <T> List<T> kept(List<T> found, ParseState s) {
        List<T> kept = new ArrayList<>();
        int[] previous = {-1, -1};
        boolean previousUnread = false;
        for (T f : found) {
            int[] span = span(f);
            if (span[0] != previous[0] || span[1] != previous[1]) {
                previousUnread = isUnread(s, span[0], span[1]);
                previous = span;
            }
            if (!previousUnread) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** What was read but not kept is reported with the unread text. */
    private static <T> void markDropped(ParseState s, List<T> found, List<T> kept) {
        Set<Object> keptSet = Collections.newSetFromMap(new IdentityHashMap<>());
        keptSet.addAll(kept);
        int[] previous = {-1, -1};
        for (T f : found) {
            int[] span = span(f);
            boolean sameAsPrevious = span[0] == previous[0] && span[1] == previous[1];
            if (!keptSet.contains(f) && !sameAsPrevious) {
                s.markUnread(span[0], span[1]);
                previous = span;
            }
        }
    }

    private static int[] span(Object f) {
        return f instanceof ParseState.FoundPoint p ? new int[] {p.first(), p.last()}
                : new int[] {((ParseState.FoundRecurrence) f).first(), ((ParseState.FoundRecurrence) f).last()};
    }

    /**
     * A reading is not kept when any of its tokens is unread, or when an unread word stands next to
     * it before any , ; . : (within two words: "Pregnancy week 23", "Day 20 or more", "Day 7 (or later)").
     */
    private static boolean isUnread(ParseState s, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (s.unread[k]) {
                return true;
            }
        }
        return unreadNear(s, first, -1) || unreadNear(s, last, +1);
    }

    private static boolean unreadNear(ParseState s, int from, int step) {
        for (int k = from + step, seen = 0; k >= 0 && k < s.tokens.size() && seen < 2; k += step) {
            Token t = s.tokens.get(k);
            if (t.is(Token.Kind.PUNCT) && ",;.:\n\r".contains(t.text())) {
                return false;
            }
            if (s.unread[k]) {
                return true;
            }
            if (!t.is(Token.Kind.PUNCT)) {
                seen++;
            }
        }
        return false;
    }}
