package org.trialworkbench.importer.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Phase;

/**
 * Reads trial phases from text: "Phase 1 Phase 2", "Phase 1/Phase 2", "PHASE2", "Phase I/II",
 * "Early Phase 1", "Phase IIIa" (sub-phases count as their phase), "N/A" / "Not Applicable".
 */
final class PhaseReader {
    private static final String NUMBER = "([1-4]|iv|iii|ii|i)";
    private static final Pattern PHASE = Pattern.compile(
            "(?<![a-z])(early[\\s_]+)?phase[\\s_]*" + NUMBER + "[abc]?(?![a-z0-9])"
                    + "(?:\\s*(?:/|-|and|&)\\s*(?:phase[\\s_]*)?" + NUMBER + "[abc]?(?![a-z0-9]))?",
            Pattern.CASE_INSENSITIVE);

    private PhaseReader() {
    }

    /** The phases a text states, in order, without repeats; empty when it states none. */
    static List<Phase> read(String text) {
        List<Phase> phases = new ArrayList<>();
        if (text == null) {
            return phases;
        }
        String norm = PageText.normalize(text);
        if (norm.equals("n a") || norm.equals("na") || norm.equals("not applicable")) {
            phases.add(Phase.NA);
            return phases;
        }
        Matcher m = PHASE.matcher(text);
        while (m.find()) {
            boolean early = m.group(1) != null;
            add(phases, early ? Phase.EARLY_PHASE1 : phase(m.group(2)));
            if (m.group(3) != null) {
                add(phases, phase(m.group(3)));
            }
        }
        return phases;
    }

    private static void add(List<Phase> phases, Phase p) {
        if (!phases.contains(p)) {
            phases.add(p);
        }
    }

    private static Phase phase(String number) {
        return switch (number.toLowerCase(Locale.ROOT)) {
            case "1", "i" -> Phase.PHASE1;
            case "2", "ii" -> Phase.PHASE2;
            case "3", "iii" -> Phase.PHASE3;
            default -> Phase.PHASE4;
        };
    }
}
