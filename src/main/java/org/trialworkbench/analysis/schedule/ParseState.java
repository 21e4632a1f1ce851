package org.trialworkbench.analysis.schedule;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Offset;

/** What the grammar has found so far in one time frame; token indexes point into {@link #tokens}. */
final class ParseState {

    /** A time point and the tokens it was read from; {@code bound} for "up to X", "until X". */
    record FoundPoint(Offset offset, int first, int last, boolean bound) {
    }

    /** A recurrence and the tokens it was read from. */
    record FoundRecurrence(Offset every, int first, int last) {
    }

    final String text;
    final List<Token> tokens;
    final boolean[] consumed;
    final List<FoundPoint> points = new ArrayList<>();
    final List<FoundRecurrence> recurrences = new ArrayList<>();
    /** Tokens not read: unknown words, unplaced numbers, and times that could not be placed. */
    final boolean[] unread;
    /** Token spans of "N weeks of therapy"-like phase lengths. */
    final List<int[]> durations = new ArrayList<>();
    /** Stated treatment-cycle length in days, null when not stated or ambiguous. */
    Double cycleDays;

    ParseState(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.consumed = new boolean[tokens.size()];
        this.unread = new boolean[tokens.size()];
    }

    Token at(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    void consume(int from, int to) {
        for (int k = from; k <= to; k++) {
            consumed[k] = true;
        }
    }

    /** The original text from token {@code from} to token {@code to}, inclusive. */
    String label(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to).end()).strip();
    }

    void markUnread(int from, int to) {
        for (int k = from; k <= to; k++) {
            unread[k] = true;
        }
    }
}
