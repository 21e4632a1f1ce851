package org.trialworkbench.analysis.schedule;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.analysis.schedule.Token.Kind;

/** Cuts the unread pieces out of the original text verbatim; neighbouring unread pieces are joined. */
final class UnreadText {

    private UnreadText() {
    }

    static List<String> of(ParseState s) {
        List<String> parts = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        for (int i = 0; i < s.tokens.size(); i++) {
            Token t = s.tokens.get(i);
            boolean unread = s.unreadPieces.contains(t.piece());
            if (t.is(Kind.PUNCT) && !unread) {
                continue; // separators between two unread pieces keep the run going
            }
            if (unread) {
                runStart = runStart < 0 ? t.start() : runStart;
                runEnd = t.end();
            } else if (runStart >= 0) {
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
