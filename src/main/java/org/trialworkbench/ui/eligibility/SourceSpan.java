package org.trialworkbench.ui.eligibility;

import java.util.Locale;

/**
 * A criterion's source text cut around the span a threshold was read from, for highlighting.
 * When the span cannot be found in the text (or there is none), {@code span} is empty, the whole
 * text is in {@code before}, and {@code found} is false: the panel then says so instead of
 * highlighting a guess.
 */
public record SourceSpan(String before, String span, String after, boolean found) {

    public static SourceSpan of(String sourceText, String span) {
        String text = sourceText == null ? "" : sourceText;
        if (span == null || span.isBlank()) {
            return new SourceSpan(text, "", "", false);
        }
        int at = text.indexOf(span);
        if (at < 0) {
            // Same length after lower-casing for the scripts met here; checked before cutting.
            String lowerText = text.toLowerCase(Locale.ROOT);
            String lowerSpan = span.toLowerCase(Locale.ROOT);
            at = lowerText.length() == text.length() && lowerSpan.length() == span.length()
                    ? lowerText.indexOf(lowerSpan) : -1;
        }
        if (at < 0) {
            return new SourceSpan(text, "", "", false);
        }
        int end = at + span.length();
        return new SourceSpan(text.substring(0, at), text.substring(at, end), text.substring(end), true);
    }
}
