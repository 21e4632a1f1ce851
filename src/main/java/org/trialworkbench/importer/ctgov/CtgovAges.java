package org.trialworkbench.importer.ctgov;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;

/**
 * Reads ClinicalTrials.gov age limits: "18 Years" → 18 years, inclusive (the registry's limits are
 * inclusive by definition); "N/A" and empty → no limit. Anything else is reported, not guessed.
 */
public final class CtgovAges {
    private static final Pattern AGE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([A-Za-z]+)");

    private CtgovAges() {
    }

    public static Age read(String text, String what, MappingLog log) {
        if (text == null || text.isBlank() || CtgovVocabulary.token(text).equals("N_A")
                || CtgovVocabulary.token(text).equals("NONE")) {
            return null;
        }
        Matcher m = AGE.matcher(text.strip());
        AgeUnit unit = m.matches() ? unit(m.group(2)) : null;
        if (unit == null) {
            log.warn(what + " '" + text.strip() + "' is not an age this importer reads; left empty");
            return null;
        }
        return new Age(Double.parseDouble(m.group(1)), unit, true);
    }

    private static AgeUnit unit(String word) {
        String w = word.toUpperCase(Locale.ROOT);
        String singular = w.endsWith("S") ? w.substring(0, w.length() - 1) : w;
        for (AgeUnit unit : AgeUnit.values()) {
            if (unit.name().equals(w) || unit.name().equals(singular + "S")) {
                return unit;
            }
        }
        return null;
    }
}
