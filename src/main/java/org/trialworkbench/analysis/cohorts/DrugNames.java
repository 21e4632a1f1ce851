package org.trialworkbench.analysis.cohorts;

import java.util.Locale;
import java.util.regex.Pattern;

/** Which drug a dose is written for: the drug named right before it. */
final class DrugNames {
    private static final Pattern NAME_END = Pattern.compile(
            "\\s*(?:\\+|\\bplus\\b|\\band\\b|\\bwith\\b|\\bfor\\b|\\bfollowed by\\b|[,(;/])", Pattern.CASE_INSENSITIVE);
    /** What may stand between a drug's name and its dose: "(", ":", "starting dose level", "at a dose of". */
    private static final Pattern BETWEEN = Pattern.compile("[^\\d\\n.;]{0,40}");
    private static final int MAX_WORDS_BETWEEN = 4;
    /**
     * ClinicalTrials.gov's intervention type before an arm's intervention name ("Drug: Poziotinib"). Only
     * these: a name like "Milciclib Dose: 150 mg/day …" keeps its drug.
     */
    private static final Pattern TYPE_PREFIX = Pattern.compile("^(?:Drug|Biological|Device|Procedure(?:/Surgery)?|"
            + "Radiation|Behavioral|Genetic|Dietary Supplement|Combination Product|Diagnostic Test|Other)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE);

    private DrugNames() {
    }

    /** An arm's intervention name without its type: "Drug: Poziotinib" gives "Poziotinib". */
    static String withoutType(String interventionName) {
        return TYPE_PREFIX.matcher(interventionName).replaceFirst("");
    }

    /** The first-named drug of an intervention name: "Cisplatin + Pemetrexed" gives "Cisplatin". */
    static String lead(String interventionName) {
        if (interventionName == null) {
            return null;
        }
        String name = withoutType(interventionName);
        String lead = NAME_END.split(name, 2)[0].strip();
        return lead.length() < 3 ? null : lead;
    }

    /**
     * True when the dose is written right after the drug's name, in the same line and sentence, with
     * at most a few words and no number between ("Poziotinib (16 mg)", "X starting dose level 5 mg").
     */
    static boolean writtenRightAfter(String text, String drug, DoseMatch dose) {
        if (drug == null || drug.isBlank()) {
            return false;
        }
        String before = text.substring(0, dose.start()).toLowerCase(Locale.ROOT);
        int at = before.lastIndexOf(drug.toLowerCase(Locale.ROOT));
        if (at < 0 || (at > 0 && Character.isLetterOrDigit(before.charAt(at - 1)))) {
            return false;
        }
        String between = before.substring(at + drug.length());
        return BETWEEN.matcher(between).matches()
                && (between.isBlank() || between.strip().split("[\\s(:,]+").length <= MAX_WORDS_BETWEEN);
    }
}
