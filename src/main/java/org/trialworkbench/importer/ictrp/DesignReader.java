package org.trialworkbench.importer.ictrp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Allocation;
import org.trialworkbench.model.Design;
import org.trialworkbench.model.InterventionModel;
import org.trialworkbench.model.Masking;
import org.trialworkbench.model.PrimaryPurpose;

/**
 * Reads the parts of a study design that a free-text design statement states clearly: the
 * ClinicalTrials.gov style ("Allocation: Randomized. Intervention model: Parallel Assignment.
 * Primary purpose: Treatment. Masking: Double ..."), the EU flag list ("Randomised: yes ...
 * Double blind: yes") and plain wording ("randomized controlled trial", "open-label",
 * "single assignment", "diagnostic purpose"). What is not clearly stated stays null.
 */
public final class DesignReader {
    private static final PhraseTable PURPOSES = PhraseTable.load("primary-purposes.txt");
    private static final Pattern EU_FLAG = Pattern.compile(
            "(?i)\\b(Controlled|Randomised|Open|Single blind|Double blind|Parallel group|Cross over)\\s*:\\s*(yes|no)\\b");
    private static final Pattern EU_LABEL = Pattern.compile(
            "(?i)\\b(Controlled|Randomised|Open|Single blind|Double blind|Parallel group|Cross over)\\s*:");
    private static final List<String> EU_MASKING_FLAGS = List.of("open", "single blind", "double blind");
    private static final Pattern LABELED_PURPOSE = Pattern.compile(
            "(?i)(?:primary purpose|study design purpose)\\s*:\\s*([a-z ]+?)\\s*(?:[.,;]|$)");
    private static final Pattern WORDED_PURPOSE = Pattern.compile("(?i)\\b([a-z ]+?) purpose\\b");
    private static final Pattern MASKING = Pattern.compile(
            "(?i)\\b(?:masking|blinding/masking)\\s*:\\s*(none|open|single|double|triple|quadruple)\\b");

    // wording patterns, matched against the lower-cased text
    private static final Pattern ALLOCATION_NA = Pattern.compile("\\ballocation\\s*:\\s*(n/a|not applicable)\\b");
    private static final Pattern NON_RANDOMIZED_WORDS = Pattern.compile("\\bnon[- ]?randomi[sz]ed\\b");
    private static final Pattern RANDOMIZED_WORDS = Pattern.compile("\\brandomi[sz]ed\\b");
    private static final Pattern SINGLE_GROUP_WORDS = Pattern.compile("\\b(single group assignment|single assignment|single arm)\\b");
    private static final Pattern PARALLEL_WORDS = Pattern.compile("\\bparallel\\b");
    private static final Pattern CROSSOVER_WORDS = Pattern.compile("\\bcross-?over\\b");
    private static final Pattern FACTORIAL_WORDS = Pattern.compile("\\bfactorial\\b");
    private static final Pattern SEQUENTIAL_WORDS = Pattern.compile("\\bsequential\\b");
    private static final Pattern OPEN_LABEL_WORDS = Pattern.compile("\\b(open[- ]label|open\\s*\\(masking not used\\))\\b");
    private static final Pattern OPEN_PAREN_WORDS = Pattern.compile("\\bopen\\s*\\(");
    private static final Pattern DOUBLE_BLIND_WORDS = Pattern.compile("\\bdouble[- ]blind(ed)?\\b");
    private static final Pattern SINGLE_BLIND_WORDS = Pattern.compile("\\bsingle[- ]blind(ed)?\\b");

    private DesignReader() {
    }

    public static Design read(String text) {
        if (text == null || text.isBlank()) {
            return Design.EMPTY;
        }
        if (isEuFlagList(text)) {
            // the labels are no wording: "Randomised: " left blank says nothing, and is no "randomised"
            return unanswered(text) ? Design.EMPTY : fromEuFlags(euFlags(text));
        }
        return new Design(allocation(text), model(text), masking(text), purpose(text));
    }

    /**
     * True for an EU flag list whose answers are all "no" or blank, open and single and double blind
     * included: a trial is one of those, so the form was saved unanswered and none of its "no"s is a reading.
     */
    public static boolean unanswered(String text) {
        if (text == null || !isEuFlagList(text)) {
            return false;
        }
        Map<String, Boolean> flags = euFlags(text);
        boolean maskingDenied = EU_MASKING_FLAGS.stream().allMatch(f -> Boolean.FALSE.equals(flags.get(f)));
        return !flags.containsValue(Boolean.TRUE) && (flags.isEmpty() || maskingDenied);
    }

    /** Two or more EU CTR design labels ("Controlled:", "Randomised:" …), answered or not. */
    private static boolean isEuFlagList(String text) {
        Set<String> labels = new HashSet<>();
        Matcher m = EU_LABEL.matcher(text);
        while (m.find()) {
            labels.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return labels.size() >= 2;
    }

    /** Design from EU CTR yes/no flags keyed by lower-case label ("randomised", "double blind" ...). */
    public static Design fromEuFlags(Map<String, Boolean> flags) {
        Allocation allocation = flags.get("randomised") == null ? null
                : flags.get("randomised") ? Allocation.RANDOMIZED : Allocation.NON_RANDOMIZED;
        Masking masking = null;
        if (Boolean.TRUE.equals(flags.get("double blind"))) {
            masking = Masking.DOUBLE;
        } else if (Boolean.TRUE.equals(flags.get("single blind"))) {
            masking = Masking.SINGLE;
        } else if (Boolean.TRUE.equals(flags.get("open"))) {
            masking = Masking.NONE;
        }
        InterventionModel model = null;
        if (Boolean.TRUE.equals(flags.get("cross over"))) {
            model = InterventionModel.CROSSOVER;
        } else if (Boolean.TRUE.equals(flags.get("parallel group"))) {
            model = InterventionModel.PARALLEL;
        }
        return new Design(allocation, model, masking, null);
    }

    private static Map<String, Boolean> euFlags(String text) {
        Map<String, Boolean> flags = new java.util.HashMap<>();
        Matcher m = EU_FLAG.matcher(text);
        while (m.find()) {
            flags.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2).equalsIgnoreCase("yes"));
        }
        return flags;
    }

    private static Allocation allocation(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (ALLOCATION_NA.matcher(t).find()) {
            return Allocation.NA;
        }
        if (NON_RANDOMIZED_WORDS.matcher(t).find()) {
            return Allocation.NON_RANDOMIZED;
        }
        return RANDOMIZED_WORDS.matcher(t).find() ? Allocation.RANDOMIZED : null;
    }

    private static InterventionModel model(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (SINGLE_GROUP_WORDS.matcher(t).find()) {
            return InterventionModel.SINGLE_GROUP;
        }
        if (PARALLEL_WORDS.matcher(t).find()) {
            return InterventionModel.PARALLEL;
        }
        if (CROSSOVER_WORDS.matcher(t).find()) {
            return InterventionModel.CROSSOVER;
        }
        if (FACTORIAL_WORDS.matcher(t).find()) {
            return InterventionModel.FACTORIAL;
        }
        return SEQUENTIAL_WORDS.matcher(t).find() ? InterventionModel.SEQUENTIAL : null;
    }

    private static Masking masking(String text) {
        Matcher m = MASKING.matcher(text);
        if (m.find()) {
            String level = m.group(1).toLowerCase(Locale.ROOT);
            return level.equals("none") || level.equals("open") ? Masking.NONE : Masking.valueOf(level.toUpperCase(Locale.ROOT));
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (OPEN_LABEL_WORDS.matcher(t).find() || OPEN_PAREN_WORDS.matcher(t).find()) {
            return Masking.NONE;
        }
        if (DOUBLE_BLIND_WORDS.matcher(t).find()) {
            return Masking.DOUBLE;
        }
        return SINGLE_BLIND_WORDS.matcher(t).find() ? Masking.SINGLE : null;
    }

    private static PrimaryPurpose purpose(String text) {
        Matcher labeled = LABELED_PURPOSE.matcher(text);
        if (labeled.find()) {
            return purposeWord(labeled.group(1));
        }
        Matcher worded = WORDED_PURPOSE.matcher(text);
        while (worded.find()) {
            String words = worded.group(1).strip();
            String last = words.substring(words.lastIndexOf(' ') + 1);
            PrimaryPurpose p = purposeWord(words) != null ? purposeWord(words) : purposeWord(last);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static PrimaryPurpose purposeWord(String word) {
        return PURPOSES.lookup(word).map(PrimaryPurpose::valueOf).orElse(null);
    }
}
