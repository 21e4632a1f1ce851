package org.trialworkbench.importer.ictrp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Phase;

/**
 * Reads trial phases as registries write them: "Phase 2", "Phase1/Phase2", "Phase II", "3",
 * "Early Phase 1", "0" (the former "Phase 0", now Early Phase 1), "N/A", "Not Applicable", and
 * the EU flag lists "Human pharmacology (Phase I): yes Therapeutic exploratory (Phase II): no ...".
 * Empty when the text states no phase it can read ("Not selected", free text).
 */
public final class PhaseReader {
    private static final Pattern EU_FLAG = Pattern.compile(
            "\\(\\s*Phase\\s+(I|II|III|IV)\\s*\\)\\s*:?\\s*(yes|no)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_APPLICABLE = Pattern.compile(
            "(?i)\\s*(n/?a|not applicable|not-applicable)\\s*");
    private static final Pattern TOKEN = Pattern.compile(
            "(?i)^(early\\s+)?(?:phase\\s*)?(0|1|2|3|4|i{1,3}|iv)([ab])?$");

    private PhaseReader() {
    }

    /** The phases stated; empty optional when the text is not a phase statement this reader knows. */
    public static Optional<List<Phase>> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(List.of());
        }
        Matcher flags = EU_FLAG.matcher(text);
        if (flags.find()) {
            return Optional.of(fromEuFlags(flags.reset()));
        }
        if (NOT_APPLICABLE.matcher(text).matches()) {
            return Optional.of(List.of(Phase.NA));
        }
        Set<Phase> phases = new LinkedHashSet<>();
        for (String token : text.split("\\s*(?:/|,|\\+|&|\\band\\b|-)\\s*")) {
            Phase phase = token(token.strip());
            if (phase == null) {
                return Optional.empty();
            }
            phases.add(phase);
        }
        return Optional.of(new ArrayList<>(phases));
    }

    /** The phase of one EU flag ("I".."IV") answered yes. */
    public static Phase fromRoman(String roman) {
        return switch (roman.toUpperCase(Locale.ROOT)) {
            case "I" -> Phase.PHASE1;
            case "II" -> Phase.PHASE2;
            case "III" -> Phase.PHASE3;
            case "IV" -> Phase.PHASE4;
            default -> throw new IllegalArgumentException("not a phase numeral: " + roman);
        };
    }

    private static List<Phase> fromEuFlags(Matcher flags) {
        List<Phase> phases = new ArrayList<>();
        while (flags.find()) {
            if (flags.group(2).equalsIgnoreCase("yes")) {
                phases.add(fromRoman(flags.group(1)));
            }
        }
        return phases;
    }

    private static Phase token(String token) {
        Matcher m = TOKEN.matcher(token);
        if (!m.matches()) {
            return null;
        }
        String number = m.group(2).toUpperCase(Locale.ROOT);
        Phase phase = switch (number) {
            case "0" -> Phase.EARLY_PHASE1;
            case "1", "I" -> Phase.PHASE1;
            case "2", "II" -> Phase.PHASE2;
            case "3", "III" -> Phase.PHASE3;
            default -> Phase.PHASE4;
        };
        return m.group(1) != null && phase == Phase.PHASE1 ? Phase.EARLY_PHASE1 : phase;
    }
}
