package org.trialworkbench.analysis.cohorts;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Cuts registry prose into sentences and list lines: at ". " / "; " / "! " / "? " and at line breaks. */
final class Sentences {
    private static final Pattern BREAK = Pattern.compile("(?<=[.;!?])\\s+|\\s*\\n+\\s*");

    private Sentences() {
    }

    /** Non-blank sentences in written order. */
    static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(BREAK.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
