package org.trialworkbench.importer.ictrp;

import java.util.regex.Pattern;

/**
 * Titles as WHO ICTRP carries them, without the placeholders registries fill empty fields with. The EU
 * Clinical Trials Register joins a full title and its abbreviated title with " - ", and an abbreviated
 * title not given is written "Not applicable" or "ND" ("… Amyloid Polyneuropathy - Not applicable"); a lay
 * title not yet written is "In preparation". Such words are no title: the suffix is dropped, and a title
 * that is nothing but a placeholder counts as absent (the other title is used).
 */
final class TitleText {
    private static final String PLACEHOLDERS = "not applicable|not available|not yet available|in preparation|n/?a|nd|none";
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)(" + PLACEHOLDERS + "|-+)\\.?");
    private static final Pattern PLACEHOLDER_SUFFIX = Pattern.compile("(?i)\\s+-\\s+(" + PLACEHOLDERS + ")\\.?\\s*$");

    private TitleText() {
    }

    /** The title without a placeholder suffix; null for null or a title that is only a placeholder. */
    static String clean(String title) {
        if (title == null) {
            return null;
        }
        String stripped = PLACEHOLDER_SUFFIX.matcher(title.strip()).replaceFirst("");
        return stripped.isEmpty() || PLACEHOLDER.matcher(stripped).matches() ? null : stripped;
    }
}
