package org.trialworkbench.analysis.cohorts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.analysis.text.AsciiCase;
import org.trialworkbench.model.SubjectRange;

/**
 * Reads sequential cohorts written as prose: "The initial 3 subjects will receive ... once if no
 * adverse events after 4 weeks the next 4-7 subjects will receive ... twice ...".
 * <p>
 * Each mention of a group of subjects that receives something opens a step. A condition ("if",
 * "provided", "unless") written after a step and before the next one gates the move to the next
 * step, so it is that earlier step's gate; the last step has no gate. "The next 4-7 subjects"
 * after subjects 1-3 are subjects 4 to 7; a range that does not continue the count ("cohorts of
 * 3-6 patients") gives no subjects and no size.
 */
public final class EscalationProseReader {
    private static final Map<String, String> WORDS = ResourceTable.pairs("number-words.tsv");
    private static final String NUM = "(?:\\d+|" + String.join("|", WORDS.keySet()) + ")";
    private static final List<String> NOUNS = List.of("subjects", "patients", "participants", "volunteers", "individuals");
    /** A group noun and the verb after it: the part of {@link #GROUP} from its noun on. */
    private static final String NOUN_AND_VERB = "(?:" + String.join("|", NOUNS) + ")\\b"
            + "(?<verb>\\s+(?:will\\s+|shall\\s+|would\\s+|are\\s+|is\\s+|to\\s+)?(?:then\\s+)?(?:be\\s+)?"
            + "(?:receive[sd]?|given|treated|infused|dosed|administered|injected|get)\\b)";
    /** A group of subjects that receives something: package-private for the test that {@link #groups} finds what it finds. */
    static final Pattern GROUP = Pattern.compile(
            "\\b(?:the\\s+)?(?<order>initial|first|next|following|subsequent|last|remaining|further|another)?\\s*"
                    + "(?<from>" + NUM + ")(?:\\s*(?:-|–|to)\\s*(?<to>" + NUM + "))?\\s+" + NOUN_AND_VERB,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RECEIVING_NOUN = Pattern.compile(NOUN_AND_VERB, Pattern.CASE_INSENSITIVE);
    /**
     * At most this many runs of non-blanks stand before the noun in a {@link #GROUP} match: "the",
     * the order word, a number, "-" or "to", a number (number words may have blanks in them).
     */
    private static final int GROUP_RUNS_BEFORE_NOUN = 3 + 2 * WORDS.keySet().stream()
            .mapToInt(w -> w.strip().split("\\s+").length).max().orElse(1);
    private static final Pattern GATE_CUE = Pattern.compile("\\b(?:if|provided(?:\\s+that)?|unless)\\b", Pattern.CASE_INSENSITIVE);
    /** Sentence ends; the second branch finds them in texts whose punctuation was stripped. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "[.;!?](?=\\s|$)|\\s(?=(?:The|This|These|Those|All|Each|Patients|Subjects|Participants)\\s)");
    private static final Pattern INTERVENTION = Pattern.compile(
            "^\\s*(?:(?:a|an|the)\\s+)?(?:(?:low|high|medium|mid|intermediate|standard|full|half|starting)[- ]dose\\s+)?"
                    + "(?:(?:of|with)\\s+)?(?<name>[\\w+\\-/]+(?:\\s+[\\w+\\-/]+){0,3}?)\\s*\\(?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final DoseExpressionReader doses;
    private final AdministrationReader administrations;

    public EscalationProseReader(DoseExpressionReader doses, AdministrationReader administrations) {
        this.doses = doses;
        this.administrations = administrations;
    }

    /** Steps in the order written; empty when the text names no receiving group of subjects. */
    public List<EscalationStep> read(String text) {
        List<EscalationStep> steps = new ArrayList<>();
        if (text == null) {
            return steps;
        }
        List<MatchResultCopy> groups = groups(text);
        Integer lastSubject = 0;
        for (int i = 0; i < groups.size(); i++) {
            MatchResultCopy g = groups.get(i);
            int segmentEnd = i + 1 < groups.size() ? groups.get(i + 1).start() : text.length();
            boolean last = i + 1 == groups.size();
            SubjectRange subjects = subjects(g, lastSubject);
            lastSubject = subjects == null ? null : Integer.valueOf(subjects.to());
            steps.add(step(text, g, segmentEnd, last, subjects, i + 1));
        }
        return steps;
    }

    /**
     * The {@link #GROUP} matches in order, as {@code find()} from the start gives them; but the
     * pattern, costly at every word, is only run from a little before each noun that is followed
     * by a receiving verb (found with indexOf), since no match can start further back.
     */
    static List<MatchResultCopy> groups(String text) {
        List<MatchResultCopy> groups = new ArrayList<>();
        String lower = AsciiCase.lower(text);
        Matcher m = GROUP.matcher(text).useTransparentBounds(true);
        Matcher receiving = RECEIVING_NOUN.matcher(text).useTransparentBounds(true);
        int from = 0;
        for (int noun = nextReceivingNoun(lower, receiving, from); noun >= 0; noun = nextReceivingNoun(lower, receiving, from)) {
            m.region(Math.max(from, earliestGroupStart(text, noun)), text.length());
            if (!m.find()) {
                break;
            }
            groups.add(new MatchResultCopy(m.start(), m.end("verb"), m.group("order"), m.group("from"), m.group("to")));
            from = m.end();
        }
        return groups;
    }

    /** The first position at or after {@code from} where a group noun and a receiving verb start; -1 when none. */
    private static int nextReceivingNoun(String lower, Matcher receiving, int from) {
        for (int at = from; at < lower.length(); at++) {
            int noun = -1;
            for (String word : NOUNS) {
                int i = lower.indexOf(word, at);
                noun = i >= 0 && (noun < 0 || i < noun) ? i : noun;
            }
            if (noun < 0) {
                return -1;
            }
            if (receiving.region(noun, lower.length()).lookingAt()) {
                return noun;
            }
            at = noun;
        }
        return -1;
    }

    /** No {@link #GROUP} match with its noun at {@code noun} or later starts before this position. */
    private static int earliestGroupStart(String text, int noun) {
        int i = noun;
        for (int run = 0; run < GROUP_RUNS_BEFORE_NOUN; run++) {
            i = skipBack(text, i, true);
            i = skipBack(text, i, false);
        }
        return skipBack(text, i, true);
    }

    private static int skipBack(String text, int i, boolean blanks) {
        while (i > 0 && AsciiCase.isRegexSpace(text.charAt(i - 1)) == blanks) {
            i--;
        }
        return i;
    }

    record MatchResultCopy(int start, int verbEnd, String order, String from, String to) {
    }

    private EscalationStep step(String text, MatchResultCopy g, int segmentEnd, boolean last, SubjectRange subjects, int n) {
        int bodyEnd = firstOf(SENTENCE_END, text, g.verbEnd(), segmentEnd);
        Matcher gateCue = GATE_CUE.matcher(text).region(g.verbEnd(), segmentEnd);
        String gate = null;
        if (gateCue.find()) {
            bodyEnd = Math.min(bodyEnd, gateCue.start());
            gate = last ? null : clean(text.substring(gateCue.end(), segmentEnd));
        }
        String body = text.substring(g.start(), bodyEnd).strip();
        String afterVerb = text.substring(g.verbEnd(), bodyEnd);
        if (givesSeveralDoses(afterVerb)) {
            // "standard therapy (Paracetamol 500 mg /6h, Hydroxychloroquine 500 mg/ 12h, Oseltamivir 150 mg ...)":
            // several drugs' doses; none is the group's, and no schedule in it is.
            return new EscalationStep("Cohort " + n, subjects, sizeOf(g, subjects), null, null, afterVerb.strip(),
                    Administration.NONE, gate, body);
        }
        DoseMatch dose = doses.first(afterVerb).orElse(null);
        String intervention = dose == null ? null : intervention(afterVerb.substring(0, dose.start()));
        return new EscalationStep("Cohort " + n, subjects, sizeOf(g, subjects), intervention, dose,
                dose == null ? null : dose.text(), administrations.read(afterVerb), gate, body);
    }

    private static Integer sizeOf(MatchResultCopy g, SubjectRange subjects) {
        if (subjects != null) {
            return subjects.to() - subjects.from() + 1;
        }
        return g.to() == null ? Integer.valueOf(AdministrationReader.number(g.from())) : null;
    }

    /** True when the text gives two or more different doses (strengths aside): then no one of them is read. */
    private boolean givesSeveralDoses(String text) {
        return doses.given(text).stream().map(DoseMatch::quantity).distinct().count() >= 2;
    }

    private static SubjectRange subjects(MatchResultCopy g, Integer lastSubject) {
        int from = AdministrationReader.number(g.from());
        String order = g.order() == null ? "" : g.order().toLowerCase(java.util.Locale.ROOT);
        boolean opening = order.equals("initial") || order.equals("first");
        int previous = opening ? 0 : lastSubject == null ? -1 : lastSubject;
        if (g.to() != null) {
            int to = AdministrationReader.number(g.to());
            // "next 4-7" continues the count; "3-6 patients" elsewhere is a size range, not positions.
            return previous >= 0 && from == previous + 1 && to >= from ? new SubjectRange(from, to) : null;
        }
        boolean continues = opening || (!order.isEmpty() && previous >= 0);
        return continues && from > 0 ? new SubjectRange(previous + 1, previous + from) : null;
    }

    private static int firstOf(Pattern p, String text, int from, int to) {
        Matcher m = p.matcher(text).region(from, to);
        return m.find() ? m.start() : to;
    }

    private static String intervention(String beforeDose) {
        Matcher m = INTERVENTION.matcher(beforeDose);
        return m.find() ? m.group("name").strip() : null;
    }

    private static String clean(String gate) {
        String g = gate.strip().replaceAll("[\\s,;.]+$", "").replaceAll("(?i)\\s*,?\\s*(?:then|and)$", "");
        return g.isEmpty() ? null : g;
    }
}
