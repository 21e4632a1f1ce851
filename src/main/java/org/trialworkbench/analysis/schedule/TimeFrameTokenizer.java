package org.trialworkbench.analysis.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trialworkbench.analysis.schedule.Token.Kind;

/**
 * Splits a time frame into tokens in one left-to-right pass: numbers (digits and number words,
 * "twenty-four" joined), ordinals ("3rd"), units ("wks", "months", "cycle"), other words and
 * punctuation. Glued forms are split at letter/digit boundaries ("24hours", "Cycle1Day1").
 * Pieces are numbered at , ; : ( ) [ ] . and line breaks, so unread text can be reported by piece.
 */
final class TimeFrameTokenizer {

    private static final java.util.Set<String> ORDINAL_SUFFIXES = java.util.Set.of("st", "nd", "rd", "th");
    private static final String PIECE_BREAKS = ",;:()[].\n\r";

    private final Vocabulary vocabulary;

    TimeFrameTokenizer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Token> tokenize(String text) {
        List<Token> raw = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && c != '\n' && c != '\r') {
                i++;
            } else if (Character.isDigit(c)) {
                i = readNumber(text, i, raw);
            } else if (Character.isLetter(c)) {
                i = readWord(text, i, raw);
            } else {
                i = readPunct(text, i, raw);
            }
        }
        return numberPieces(joinCompoundNumbers(raw));
    }

    private int readNumber(String text, int from, List<Token> out) {
        int i = from;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i + 1 < text.length() && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
            i++;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
        }
        int lettersEnd = i;
        while (lettersEnd < text.length() && Character.isLetter(text.charAt(lettersEnd))) {
            lettersEnd++;
        }
        String suffix = text.substring(i, lettersEnd).toLowerCase(Locale.ROOT);
        double value = Double.parseDouble(text.substring(from, i));
        if (ORDINAL_SUFFIXES.contains(suffix)) {
            out.add(token(Kind.ORD, text, from, lettersEnd, value));
            return lettersEnd;
        }
        if (suffix.isEmpty() && isDotOrdinal(text, from, i, out)) {
            out.add(token(Kind.ORD, text, from, i + 1, value));
            return i + 1;
        }
        out.add(token(Kind.NUM, text, from, i, value));
        return i;
    }

    /**
     * "1. day", "12. month": a whole number with a dot, then a space and a unit, is an ordinal (the
     * European way of writing "12th month"); not after a unit ("Week 12. Month 3" ends a sentence).
     */
    private boolean isDotOrdinal(String text, int from, int end, List<Token> before) {
        if (end - from > 3 || end + 2 >= text.length() || text.charAt(end) != '.' || text.charAt(end + 1) != ' ') {
            return false;
        }
        Token previous = before.isEmpty() ? null : before.get(before.size() - 1);
        if (previous != null && (previous.is(Kind.UNIT) || previous.is(Kind.CYCLE))) {
            return false;
        }
        int wordEnd = end + 2;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String word = text.substring(end + 2, wordEnd).toLowerCase(Locale.ROOT);
        return !word.isEmpty() && vocabulary.isUnit(word) && !vocabulary.isCycle(word);
    }

    private int readWord(String text, int from, List<Token> out) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        String word = text.substring(from, i);
        String lower = word.toLowerCase(Locale.ROOT);
        Double number = vocabulary.numberWord(lower);
        if (number != null) {
            out.add(token(Kind.NUM, text, from, i, number));
        } else if (vocabulary.isCycle(lower) || isCycleDayAcronym(text, from, i)) {
            out.add(new Token(Kind.CYCLE, word, from, i, 0, null, 0));
        } else if (vocabulary.isUnit(lower)) {
            out.add(new Token(Kind.UNIT, word, from, i, 0, vocabulary.unit(lower), 0));
        } else {
            out.add(new Token(Kind.WORD, word, from, i, 0, null, 0));
        }
        return i;
    }

    /** The "C" of "C1D1", "C2D15": a C glued to a number that is glued to a D and a number. */
    private static boolean isCycleDayAcronym(String text, int from, int end) {
        if (end - from != 1 || Character.toLowerCase(text.charAt(from)) != 'c') {
            return false;
        }
        int k = end;
        while (k < text.length() && Character.isDigit(text.charAt(k))) {
            k++;
        }
        return k > end && k + 1 < text.length() && Character.toLowerCase(text.charAt(k)) == 'd'
                && Character.isDigit(text.charAt(k + 1));
    }

    private int readPunct(String text, int from, List<Token> out) {
        char c = text.charAt(from);
        if (text.startsWith("+/-", from) || text.startsWith("+-", from)) {
            int len = text.charAt(from + 1) == '/' ? 3 : 2;
            out.add(new Token(Kind.PUNCT, "±", from, from + len, 0, null, 0));
            return from + len;
        }
        String normal = switch (c) {
            case '、', '，' -> ",";
            case '–', '—', '‑' -> "-";
            case '；' -> ";";
            default -> String.valueOf(c);
        };
        out.add(new Token(Kind.PUNCT, normal, from, from + 1, 0, null, 0));
        return from + 1;
    }

    /** "twenty-four", "twenty four" → 24. */
    private static List<Token> joinCompoundNumbers(List<Token> in) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            int j = i + 1;
            if (j < in.size() && in.get(j).isPunct("-") && in.get(j).start() == t.end()) {
                j++;
            }
            if (isTens(t) && j < in.size() && isUnitDigitWord(in.get(j))) {
                Token ones = in.get(j);
                out.add(new Token(Kind.NUM, t.text() + "-" + ones.text(), t.start(), ones.end(), t.number() + ones.number(), null, 0));
                i = j;
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean isTens(Token t) {
        return t.is(Kind.NUM) && Character.isLetter(t.text().charAt(0)) && t.number() >= 20 && t.number() < 100
                && t.number() % 10 == 0;
    }

    private static boolean isUnitDigitWord(Token t) {
        return t.is(Kind.NUM) && Character.isLetter(t.text().charAt(0)) && t.number() >= 1 && t.number() <= 9;
    }

    private static List<Token> numberPieces(List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        int piece = 0;
        for (Token t : in) {
            boolean breaks = t.is(Kind.PUNCT) && PIECE_BREAKS.contains(t.text());
            if (breaks) {
                piece++;
            }
            out.add(t.inPiece(piece));
            if (breaks) {
                piece++;
            }
        }
        return out;
    }

    private static Token token(Kind kind, String text, int start, int end, double value) {
        return new Token(kind, text.substring(start, end), start, end, value, null, 0);
    }
}
