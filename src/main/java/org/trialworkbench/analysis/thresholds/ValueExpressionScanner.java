package org.trialworkbench.analysis.thresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Comparator;

/**
 * Finds comparator expressions in a criterion text: a number with a comparator before it
 * ("≥ 1.5", "less than 60"), after it and its unit ("25 mm/1h or more"), "between a and b", or a
 * bare range "16 to 64" / "0-2". A number with no comparator is not an expression. Scans each
 * number once, looking only a bounded distance around it, so the cost is linear in the text.
 */
final class ValueExpressionScanner {
    /** Thousands with commas or blanks ("1,500", "80 000"), decimals with a point or a short comma. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.^/_\\\\])(?<!\\p{N},)(?<!\\p{L}-)"
            + "(\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d{1,3}(?:[ \\u00a0]\\d{3})+(?![\\d.,])"
            + "|\\d+,\\d{1,2}(?![\\d,])|\\d+(?:\\.\\d+)?|\\.\\d+)");
    private static final Pattern BETWEEN_JOIN = Pattern.compile("\\s*(?:and|to|-|–)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(?:to|-|–|~|〜)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREDICTED = Pattern.compile(
            "\\s*(?:of\\s+)?(?:the\\s+)?predicted(?:\\s+values?)?(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final int LOOK_BEHIND = 50;
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}");

    private final UnitCatalog units;

    ValueExpressionScanner(UnitCatalog units) {
        this.units = units;
    }

    List<ValueExpression> scan(String text) {
        List<ValueExpression> found = new ArrayList<>();
        Matcher number = NUMBER.matcher(text);
        int consumed = 0;
        while (number.find()) {
            if (number.start() < consumed) {
                continue;
            }
            ValueExpression e = expressionAt(text, number, consumed);
            if (e != null) {
                found.add(e);
                consumed = e.end();
            }
        }
        return found;
    }

    private ValueExpression expressionAt(String text, Matcher number, int notBefore) {
        int s = number.start();
        int from = Math.max(notBefore, s - LOOK_BEHIND);
        List<String> flags = new ArrayList<>();
        double value = parse(number.group(), flags);
        Comparator cmp = null;
        int start = s;
        boolean comma = false;
        int between = ComparatorWords.betweenBefore(text, s, from);
        ComparatorWords.Prefix prefix = between >= 0 ? null : ComparatorWords.prefixBefore(text, s, from);
        if (between >= 0) {
            cmp = Comparator.BETWEEN;
            start = between;
        } else if (prefix != null) {
            cmp = prefix.comparator();
            start = prefix.start();
        } else if (s >= 2 && text.charAt(s - 1) == ',' && Character.isWhitespace(text.charAt(s - 2))) {
            // "albumin ,25 g/L": ',' shares a key with '<'; read as '<' but say so
            cmp = Comparator.LT;
            start = s - 1;
            comma = true;
            flags.add(ThresholdFlags.AMBIGUOUS_COMPARATOR);
        }
        return complete(text, number.end(), start, cmp, value, comma, flags);
    }

    /** Where reading after the first number has got to. */
    private static final class Cursor {
        int pos;
        Comparator comparator;
        String unit;
        Double upper;
        boolean predicted;

        Cursor(int pos, Comparator comparator) {
            this.pos = pos;
            this.comparator = comparator;
        }
    }

    /** Reads what follows the first number: unit, "% predicted", a second number, a postfix comparator. */
    private ValueExpression complete(String text, int pos, int start, Comparator cmp, double value,
                                     boolean comma, List<String> flags) {
        Cursor c = new Cursor(pos, cmp);
        readUnit(text, c);
        if ((c.comparator == null || c.comparator == Comparator.BETWEEN) && !readSecondNumber(text, c, flags)) {
            return null;
        }
        if (c.comparator == null && !readPostfix(text, c)) {
            return null;
        }
        return new ValueExpression(start, c.pos, c.comparator, value, c.upper, c.unit, c.predicted, comma, flags);
    }

    private void readUnit(String text, Cursor c) {
        Matcher u = units.unitAt(text, c.pos);
        if (u != null) {
            c.unit = u.group(1);
            c.pos = u.end();
        }
        if ("%".equals(c.unit)) {
            Matcher p = PREDICTED.matcher(text).region(c.pos, text.length());
            if (p.lookingAt()) {
                c.predicted = true;
                c.pos = p.end();
            }
        }
    }

    /** "16 to 64", "between 18 and 75 years"; false when the expression must be dropped. */
    private boolean readSecondNumber(String text, Cursor c, List<String> flags) {
        boolean between = c.comparator == Comparator.BETWEEN;
        Matcher join = (between ? BETWEEN_JOIN : RANGE_JOIN).matcher(text).region(c.pos, text.length());
        Matcher second = NUMBER.matcher(text);
        if (!join.lookingAt() || !second.region(join.end(), text.length()).lookingAt()) {
            return !between;
        }
        Matcher u2 = units.unitAt(text, second.end());
        if (u2 != null && c.unit != null && !UnitCatalog.key(c.unit).equals(UnitCatalog.key(u2.group(1)))) {
            return false; // "3 months to 17 years": one unit per threshold, so no reading
        }
        c.upper = parse(second.group(), flags);
        c.pos = u2 != null ? u2.end() : second.end();
        c.unit = u2 != null ? u2.group(1) : c.unit;
        c.comparator = Comparator.BETWEEN;
        return true;
    }

    private static boolean readPostfix(String text, Cursor c) {
        Matcher post = ComparatorWords.POSTFIX_AFTER_NUMBER.matcher(text).region(c.pos, text.length());
        if (!post.lookingAt()) {
            return false;
        }
        c.comparator = ComparatorWords.postfix(post.group(1));
        c.pos = post.end();
        return true;
    }

    private static double parse(String written, List<String> flags) {
        String s = written.replace(" ", "").replace("\u00a0", "");
        if (DECIMAL_COMMA.matcher(s).matches()) {
            flags.add(ThresholdFlags.DECIMAL_COMMA);
            return Double.parseDouble(s.replace(',', '.'));
        }
        return Double.parseDouble(s.replace(",", ""));
    }
}
