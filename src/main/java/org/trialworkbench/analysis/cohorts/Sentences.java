package org.trialworkbench.analysis.cohorts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.trialworkbench.analysis.text.AsciiCase;

/** Cuts registry prose into sentences and list lines: at ". " / "; " / "! " / "? " and at line breaks. */
final class Sentences {
    /** Where prose is cut; {@link #split} cuts at the same places without the regex. */
    static final Pattern BREAK = Pattern.compile("(?<=[.;!?])\\s+|\\s*\\n+\\s*");

    private Sentences() {
    }

    /** Non-blank sentences in written order. */
    static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        // BREAK matches exactly the blank runs that hold a line break or follow . ; ! or ?
        List<String> out = new ArrayList<>();
        int pieceStart = 0;
        int i = 0;
        while (i < text.length()) {
            if (!AsciiCase.isRegexSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            boolean lineBreak = false;
            while (i < text.length() && AsciiCase.isRegexSpace(text.charAt(i))) {
                lineBreak |= text.charAt(i) == '\n';
                i++;
            }
            if (lineBreak || runStart > 0 && ".;!?".indexOf(text.charAt(runStart - 1)) >= 0) {
                addStripped(text.substring(pieceStart, runStart), out);
                pieceStart = i;
            }
        }
        addStripped(text.substring(pieceStart), out);
        return Collections.unmodifiableList(out);
    }

    /** {@link #split} as the regex does it. */
    static List<String> splitByPattern(String text) {
        return Arrays.stream(BREAK.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void addStripped(String piece, List<String> out) {
        String s = piece.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
