package org.trialworkbench.importer.ictrp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Limits whose comparison sign the export lost. The ICTRP export writes "≥" and "≤" of EU, ClinicalTrials.gov
 * and other records as a bare "=" ("Male or female =18 years", "ANC =1500 cells/mm³", "Karnofsky = 50") and
 * NL-OMON writes them as "*" ("NIS * 10 and * 130"). Read as written, such a limit says "exactly"; which way it
 * went cannot be known from the text, so the limits are named for the reviewer rather than guessed.
 */
final class LostSigns {
    private static final Pattern BARE_EQUALS = Pattern.compile("(?<![<>=!≤≥/])=[ \\t]?\\d[\\d.,]*(?:[ \\t]?[\\p{L}%/³²^\\d]+)?");
    private static final Pattern STAR = Pattern.compile("(?<=[\\p{L}\\d)])[ \\t]\\*[ \\t]?\\d[\\d.,]*(?:[ \\t]?[\\p{L}%/]+)?");
    private static final int EXAMPLES = 3;

    private LostSigns() {
    }

    /** The limits written with "=" or "*" for a lost sign, in order; empty when there are none. */
    static List<String> find(String criteria) {
        List<String> found = new ArrayList<>();
        if (criteria == null) {
            return found;
        }
        for (Pattern p : List.of(BARE_EQUALS, STAR)) {
            Matcher m = p.matcher(criteria);
            while (m.find()) {
                found.add(m.group().strip().replaceFirst("[.,]$", ""));
            }
        }
        return found;
    }

    /** The warning for a record with such limits. */
    static String warning(List<String> limits) {
        return limits.size() + " limit(s) in the eligibility criteria are written with '=' or '*' where the export lost"
                + " a '≥' or '≤' (e.g. " + String.join(", ", limits.subList(0, Math.min(EXAMPLES, limits.size())).stream()
                        .map(l -> "'" + l + "'").toList()) + "): which way they go is not stated";
    }
}
