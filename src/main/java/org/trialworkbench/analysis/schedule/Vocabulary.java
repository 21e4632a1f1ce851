package org.trialworkbench.analysis.schedule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.TimeUnit;

/** The word tables of the time-frame reader, loaded once from resource files next to this class. */
final class Vocabulary {

    static final Vocabulary INSTANCE = new Vocabulary();

    /** Unit words; a null value marks a treatment cycle. */
    private final Map<String, TimeUnit> units = new HashMap<>();
    private final Set<String> cycleWords = new HashSet<>();
    private final Map<String, Double> numberWords = new HashMap<>();
    private final Map<String, Offset> frequencies = new HashMap<>();
    private final Set<String> known = new HashSet<>();
    private final Set<String> nonBaselineAnchors = new HashSet<>();
    private final Set<String> notApplicable = new HashSet<>();
    private final Set<String> prefixAnchors = new HashSet<>();
    private final Set<String> eventEnds = new HashSet<>();
    private final Set<String> assessmentNouns = new HashSet<>();
    private final Set<String> timingWords = new HashSet<>();
    private final Set<String> changeWords = new HashSet<>();
    private final Set<String> assessmentVerbs = new HashSet<>();
    private final Set<String> lengthQualifiers = new HashSet<>();
    private final Set<String> lengthStatistics = new HashSet<>();
    private final Set<String> measureTimeChangers = new HashSet<>();

    private Vocabulary() {
        for (String[] row : rows("units.tsv")) {
            if (row[1].equals("cycle")) {
                cycleWords.add(row[0]);
            } else {
                units.put(row[0], TimeUnit.valueOf(row[1].toUpperCase(Locale.ROOT)));
            }
        }
        rows("number-words.tsv").forEach(r -> numberWords.put(r[0], Double.parseDouble(r[1])));
        rows("frequency-words.tsv").forEach(r -> frequencies.put(r[0],
                new Offset(Double.parseDouble(r[1]), TimeUnit.valueOf(r[2].toUpperCase(Locale.ROOT)), r[0])));
        rows("known-words.txt").forEach(r -> known.add(r[0]));
        rows("non-baseline-anchors.txt").forEach(r -> nonBaselineAnchors.add(r[0]));
        lines("not-applicable.txt").forEach(notApplicable::add);
        prefixAnchors.addAll(lines("prefix-anchors.txt"));
        eventEnds.addAll(lines("event-ends.txt"));
        assessmentNouns.addAll(lines("assessment-nouns.txt"));
        timingWords.addAll(lines("timing-words.txt"));
        changeWords.addAll(lines("change-words.txt"));
        assessmentVerbs.addAll(lines("assessment-verbs.txt"));
        lengthQualifiers.addAll(lines("length-qualifiers.txt"));
        lengthStatistics.addAll(lines("length-statistics.txt"));
        measureTimeChangers.addAll(lines("measure-time-changers.txt"));
        lengthStatistics.addAll(lengthQualifiers);
    }

    TimeUnit unit(String lower) {
        return units.get(lower);
    }

    boolean isUnit(String lower) {
        return units.containsKey(lower) || cycleWords.contains(lower);
    }

    boolean isCycle(String lower) {
        return cycleWords.contains(lower);
    }

    Double numberWord(String lower) {
        return numberWords.get(lower);
    }

    /** "monthly" → every 1 MONTH; null for other words. */
    Offset frequency(String lower) {
        return frequencies.get(lower);
    }

    /** Words that carry no timing of their own (events, fillers, measures): reading may skip them. */
    boolean isKnown(String lower) {
        return known.contains(lower);
    }

    /** Words that make a time "after X" not a time from baseline (last dose, discharge ...). */
    boolean isNonBaselineAnchor(String lower) {
        return nonBaselineAnchors.contains(lower);
    }

    /** "pregnancy" in "Pregnancy week 23": a word before a time that names the event it counts from. */
    boolean isPrefixAnchor(String lower) {
        return prefixAnchors.contains(lower);
    }

    /** Words after which the event of "N days after ..." has ended ("and", "for", "whichever" ...). */
    boolean endsEvent(String lower) {
        return eventEnds.contains(lower);
    }

    /** "survey", "assessment": after "post-X" they are what is done, not part of the event X. */
    boolean isAssessmentNoun(String lower) {
        return assessmentNouns.contains(lower);
    }

    /** "screening", "interim", month names: words that are never part of the name of an event. */
    boolean isTimingWord(String lower) {
        return timingWords.contains(lower);
    }

    /** "change", "difference": a clause with one of them names a measure of change. */
    boolean isChangeWord(String lower) {
        return changeWords.contains(lower);
    }

    /** "performed", "collected": after "will be", "were" ... the words before them name what is done. */
    boolean isAssessmentVerb(String lower) {
        return assessmentVerbs.contains(lower);
    }

    /** "after", "of", "intervals" right after a measure's times change what they are ("at 12 months after …"). */
    boolean changesMeasureTime(String lower) {
        return measureTimeChangers.contains(lower) || lower.startsWith("post") || lower.startsWith("pre");
    }

    /** "least", "median": the times after them in a clause are lengths, not assessment times. */
    boolean isLengthQualifier(String lower) {
        return lengthQualifiers.contains(lower);
    }

    /** "maximum": a time stated for it after "was"/"is" ("maximum exposure was 1158 days") is a length. */
    boolean isLengthStatistic(String lower) {
        return lengthStatistics.contains(lower);
    }

    boolean isNotApplicable(String wholeTimeFrame) {
        String s = wholeTimeFrame.strip().toLowerCase(Locale.ROOT);
        return notApplicable.contains(s) || (s.endsWith(".") && notApplicable.contains(s.substring(0, s.length() - 1)));
    }

    private static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(name)) {
            rows.add(line.split("\t"));
        }
        return rows;
    }

    private static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
