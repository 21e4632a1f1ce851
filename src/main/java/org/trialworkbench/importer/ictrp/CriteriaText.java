package org.trialworkbench.importer.ictrp;

import java.util.regex.Pattern;

/**
 * Joins inclusion and exclusion texts into one eligibility text with the headers the criteria
 * reader expects: "Inclusion Criteria:\n...\nExclusion Criteria:\n...". A text that already
 * carries both headers (ClinicalTrials.gov records put both lists in the inclusion field) is kept
 * as it is. The texts are kept complete.
 */
public final class CriteriaText {
    public static final String INCLUSION_HEADER = "Inclusion Criteria:";
    public static final String EXCLUSION_HEADER = "Exclusion Criteria:";
    private static final Pattern LEADING_INCLUSION = Pattern.compile("(?i)^\\s*(?:principal\\s+)?inclusion criteria\\s*:?\\s*");
    private static final Pattern LEADING_EXCLUSION = Pattern.compile("(?i)^\\s*(?:principal\\s+)?exclusion criteria\\s*:?\\s*");
    private static final Pattern HAS_EXCLUSION_HEADER = Pattern.compile("(?im)^\\s*exclusion criteria\\s*:");

    private CriteriaText() {
    }

    /** The combined text, or null when both parts are empty. */
    public static String combine(String inclusion, String exclusion) {
        String inc = body(inclusion, LEADING_INCLUSION);
        String exc = body(exclusion, LEADING_EXCLUSION);
        if (inc == null && exc == null) {
            return null;
        }
        if (exc == null && inc != null && HAS_EXCLUSION_HEADER.matcher(inc).find()) {
            return INCLUSION_HEADER + "\n" + inc;
        }
        StringBuilder text = new StringBuilder(INCLUSION_HEADER).append('\n');
        if (inc != null) {
            text.append(inc).append('\n');
        }
        text.append(EXCLUSION_HEADER);
        if (exc != null) {
            text.append('\n').append(exc);
        }
        return text.toString();
    }

    /** The text after its own header; null when nothing follows the header. */
    public static String body(String cleaned, Pattern header) {
        if (cleaned == null) {
            return null;
        }
        String body = header.matcher(cleaned).replaceFirst("");
        return RegistryText.normalizeLines(body);
    }

    static String inclusionBody(String cleaned) {
        return body(cleaned, LEADING_INCLUSION);
    }

    static String exclusionBody(String cleaned) {
        return body(cleaned, LEADING_EXCLUSION);
    }
}
