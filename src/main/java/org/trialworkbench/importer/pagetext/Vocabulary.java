package org.trialworkbench.importer.pagetext;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.trialworkbench.model.Allocation;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.InterventionModel;
import org.trialworkbench.model.InterventionType;
import org.trialworkbench.model.Masking;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.PrimaryPurpose;
import org.trialworkbench.model.Sex;
import org.trialworkbench.model.StudyType;

/**
 * Free-text wording of registry pages ("Unknown status", "Not Recruiting", "Both", "open(masking
 * not used)") mapped onto the model's enums, from the table {@code vocabulary.tsv}. Enum names as
 * written by export-based pages ("ACTIVE_NOT_RECRUITING", "SINGLE_GROUP") match too, because
 * normalization turns underscores into spaces.
 */
final class Vocabulary {
    private static final Vocabulary INSTANCE = new Vocabulary();

    private final Map<String, Map<String, String>> categories = new HashMap<>();

    private Vocabulary() {
        for (String[] row : Resources.table("vocabulary.tsv", 3)) {
            categories.computeIfAbsent(row[0], k -> new LinkedHashMap<>()).put(PageText.normalize(row[1]), row[2]);
        }
    }

    static Vocabulary get() {
        return INSTANCE;
    }

    /** The value of a phrase that is the whole text (normalized); null when unknown. */
    String lookup(String category, String text) {
        Map<String, String> phrases = categories.getOrDefault(category, Map.of());
        return phrases.get(PageText.normalize(text));
    }

    /**
     * The value of the longest phrase the text starts with (whole words), e.g. "none open label"
     * starts with "none"; null when none does.
     */
    Match lookupPrefix(String category, String text) {
        String norm = PageText.normalize(text);
        Match best = null;
        for (Map.Entry<String, String> e : categories.getOrDefault(category, Map.of()).entrySet()) {
            String phrase = e.getKey();
            boolean wordPrefix = norm.equals(phrase) || norm.startsWith(phrase + " ");
            if (wordPrefix && (best == null || phrase.length() > best.phrase().length())) {
                best = new Match(category, phrase, e.getValue());
            }
        }
        return best;
    }

    /** A phrase found in a text: its category, the normalized phrase and the mapped value. */
    record Match(String category, String phrase, String value) {
    }

    OverallStatus status(String text) {
        String v = lookup("status", text);
        return v == null ? null : OverallStatus.valueOf(v);
    }

    StudyType studyType(String text) {
        String v = lookup("studytype", text);
        return v == null ? null : StudyType.valueOf(v);
    }

    Sex sex(String text) {
        String v = lookup("sex", text);
        return v == null ? null : Sex.valueOf(v);
    }

    Boolean yesNo(String text) {
        String v = lookup("yesno", text);
        return v == null ? null : Boolean.valueOf(v);
    }

    InterventionType interventionType(String text) {
        String v = lookup("intervention", text);
        return v == null ? null : InterventionType.valueOf(v);
    }

    ArmType armType(String text) {
        String v = lookup("arm", text);
        return v == null ? null : ArmType.valueOf(v);
    }

    boolean isSponsorClass(String text) {
        return lookup("sponsorclass", text) != null;
    }

    static Allocation allocation(String v) {
        return Allocation.valueOf(v);
    }

    static InterventionModel model(String v) {
        return InterventionModel.valueOf(v);
    }

    static Masking masking(String v) {
        return Masking.valueOf(v);
    }

    static PrimaryPurpose purpose(String v) {
        return PrimaryPurpose.valueOf(v);
    }
}
