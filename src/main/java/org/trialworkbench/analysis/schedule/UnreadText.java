package org.trialworkbench.analysis.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the unread tokens out of the original text verbatim. Unread tokens separated only by
 * words or punctuation that were not read as times are joined into one part.
 */
final class UnreadText {

    private UnreadText() {
    }

    static List<String> of(ParseState s) {
        List<String> parts = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        for (int i = 0; i < s.tokens.size(); i++) {
            Token t = s.tokens.get(i);
            if (s.unread[i]) {
                runStart = runStart < 0 ? t.start() : runStart;
                runEnd = t.end();
            } else if (s.consumed[i] && runStart >= 0) {
                add(parts, s.text.substring(runStart, runEnd));
                runStart = -1;
            }
        }
        if (runStart >= 0) {
            add(parts, s.text.substring(runStart, runEnd));
        }
        return parts;
    }

    private static void add(List<String> parts, String part) {
        String trimmed = part.strip();
        if (!trimmed.isEmpty() && trimmed.chars().anyMatch(Character::isLetterOrDigit)) {
            parts.add(trimmed);
        }
    }
}
