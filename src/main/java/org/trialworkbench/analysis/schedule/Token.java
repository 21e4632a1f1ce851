package org.trialworkbench.analysis.schedule;

import org.trialworkbench.model.TimeUnit;

/**
 * One token of a time frame. {@code start}/{@code end} index the original text so labels and
 * unread parts can be cut verbatim; {@code piece} numbers the comma/parenthesis-delimited piece
 * the token belongs to (the unit in which unread text is reported).
 */
record Token(Kind kind, String text, int start, int end, double number, TimeUnit unit, int piece, String lower) {

    Token(Kind kind, String text, int start, int end, double number, TimeUnit unit, int piece) {
        this(kind, text, start, end, number, unit, piece, text.toLowerCase(java.util.Locale.ROOT));
    }

    enum Kind { NUM, ORD, UNIT, CYCLE, WORD, PUNCT }

    boolean is(Kind k) {
        return kind == k;
    }

    boolean isWord(String w) {
        return kind == Kind.WORD && lower().equals(w);
    }

    boolean isPunct(String p) {
        return kind == Kind.PUNCT && text.equals(p);
    }

    /** A unit that can carry a number: a time unit or a treatment cycle. */
    boolean isUnitLike() {
        return kind == Kind.UNIT || kind == Kind.CYCLE;
    }

    Token inPiece(int newPiece) {
        return new Token(kind, text, start, end, number, unit, newPiece, lower);
    }
}
