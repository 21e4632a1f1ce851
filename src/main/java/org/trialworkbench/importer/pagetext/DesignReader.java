package org.trialworkbench.importer.pagetext;

import java.util.List;
import java.util.Locale;
import org.trialworkbench.model.Design;

/**
 * Reads a study design from either a labelled run ("Allocation: Non-Randomized Intervention Model:
 * Single Group Assignment Masking: None (Open Label) Primary Purpose: Treatment") or bare values
 * one per line ("RANDOMIZED", "single arm study", "open(masking not used)"). Values that name no
 * design part ("historical control") are ignored.
 */
final class DesignReader {
    private static final List<String[]> SUB_LABELS = List.of(
            new String[] {"allocation:", "allocation"},
            new String[] {"intervention model:", "model"},
            new String[] {"masking:", "masking"},
            new String[] {"primary purpose:", "purpose"});
    private static final List<String> CATEGORIES = List.of("allocation", "model", "masking", "purpose");

    private DesignReader() {
    }

    /** Merges what {@code text} states into {@code design}; parts already set are kept. */
    static Design read(String text, Design design) {
        if (text == null || text.isBlank()) {
            return design;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean labelled = false;
        Design result = design;
        for (int i = 0; i < SUB_LABELS.size(); i++) {
            String[] sub = SUB_LABELS.get(i);
            int at = lower.indexOf(sub[0]);
            if (at < 0) {
                continue;
            }
            labelled = true;
            int from = at + sub[0].length();
            String value = text.substring(from, nextLabelAt(lower, from));
            Vocabulary.Match m = Vocabulary.get().lookupPrefix(sub[1], value);
            if (m != null) {
                result = merge(result, m);
            }
        }
        return labelled ? result : readBare(text, result);
    }

    private static int nextLabelAt(String lower, int from) {
        int end = lower.length();
        for (String[] sub : SUB_LABELS) {
            int at = lower.indexOf(sub[0], from);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return end;
    }

    /** A bare value: the longest phrase of any design category it starts with decides the part. */
    private static Design readBare(String value, Design design) {
        Vocabulary.Match best = null;
        for (String category : CATEGORIES) {
            Vocabulary.Match m = Vocabulary.get().lookupPrefix(category, value);
            if (m != null && (best == null || m.phrase().length() > best.phrase().length())) {
                best = m;
            }
        }
        return best == null ? design : merge(design, best);
    }

    private static Design merge(Design d, Vocabulary.Match m) {
        return switch (m.category()) {
            case "allocation" -> d.allocation() != null ? d
                    : new Design(Vocabulary.allocation(m.value()), d.interventionModel(), d.masking(), d.primaryPurpose());
            case "model" -> d.interventionModel() != null ? d
                    : new Design(d.allocation(), Vocabulary.model(m.value()), d.masking(), d.primaryPurpose());
            case "masking" -> d.masking() != null ? d
                    : new Design(d.allocation(), d.interventionModel(), Vocabulary.masking(m.value()), d.primaryPurpose());
            default -> d.primaryPurpose() != null ? d
                    : new Design(d.allocation(), d.interventionModel(), d.masking(), Vocabulary.purpose(m.value()));
        };
    }
}
