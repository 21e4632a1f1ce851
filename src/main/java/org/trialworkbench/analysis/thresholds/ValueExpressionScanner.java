package org.trialworkbench.analysis.thresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.analysis.text.AsciiCase;
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
            // the lookahead only says what every branch starts with: it spares the look-behinds at most positions
            "(?=[0-9.])(?<![\\p{L}\\p{N}.^/_\\\\])(?<!\\p{N},)(?<!\\p{L}-)"
            + "(\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d{1,3}(?:[ \\u00a0]\\d{3})+(?![\\d.,])"
            + "|\\d+,\\d{1,2}(?![\\d,])|\\d+(?:\\.\\d+)?|\\.\\d+)");
    private static final Pattern BETWEEN_JOIN = Pattern.compile("\\s*(?:and|to|-|–)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(?:to|-|–|~|〜)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREDICTED = Pattern.compile(
            "\\s*(?:of\\s+)?(?:the\\s+)?predicted(?:\\s+values?)?(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final int LOOK_BEHIND = 50;
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d{1,2}");
    /** Between a parameter name and its number when the comparator stands before the name ("≥ age of 18"). */
    private static final Pattern NAME_TO_NUMBER = Pattern.compile("[\\s:]*(?:of\\s+)?", Pattern.CASE_INSENSITIVE);
    /** Between listed whole numbers: "0 or 1", "0, 1", "0, 1, or 2". */
    private static final Pattern ENUM_JOIN = Pattern.compile("\\s*(?:,\\s*(?:or\\s+)?|or\\s+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGE_WORDING = Pattern.compile("(?i).*\\b(?:older|younger)\\b.*");
    private static final Pattern RANGE_AFTER = Pattern.compile("\\s*[-–]\\s*\\d");
    private static final Pattern LETTER_AT = Pattern.compile("\\p{L}");
    /** A power of ten right after a number that no unit took ("1×10^3 copies/mL"): the value is not the number. */
    private static final Pattern MULTIPLIER = Pattern.compile("\\s*[x×*]\\s*10(?:\\\\?\\^|\\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]|\\s*\\d)");
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])the\\s+$");

    private final UnitCatalog units;

    ValueExpressionScanner(UnitCatalog units) {
        this.units = units;
    }

    /** The expressions in the text; {@code mentions} are the parameter names found in it, in text order. */
    List<ValueExpression> scan(String text, List<Mention> mentions) {
        List<ValueExpression> found = new ArrayList<>();
        // every number starts with a digit or '.': the pattern runs from the next one (its look-behinds see before it)
        Matcher number = NUMBER.matcher(text).useTransparentBounds(true);
        int consumed = 0;
        for (int from = AsciiCase.nextDigitOrPoint(text, 0); from >= 0 && number.region(from, text.length()).find();
                from = AsciiCase.nextDigitOrPoint(text, number.end())) {
            if (number.start() < consumed) {
                continue;
            }
            ValueExpression e = expressionAt(text, number, consumed, mentions);
            if (e != null) {
                found.add(e);
                consumed = e.end();
            }
        }
        return found;
    }

    private ValueExpression expressionAt(String text, Matcher number, int notBefore, List<Mention> mentions) {
        int s = number.start();
        int from = Math.max(notBefore, s - LOOK_BEHIND);
        List<String> flags = new ArrayList<>();
        double value = parse(number.group(), flags);
        Comparator cmp = null;
        int start = s;
        boolean comma = false;
        int between = ComparatorWords.betweenBefore(text, s, from);
        ComparatorWords.Prefix prefix = between >= 0 ? null : ComparatorWords.prefixBefore(text, s, from);
        Mention inner = null;
        if (between < 0 && prefix == null) {
            inner = nameRightBefore(text, s, from, mentions);
            prefix = inner == null ? null : ComparatorWords.prefixBefore(text, beforeThe(text, inner.start(), from), from);
            inner = prefix == null ? null : inner;
        }
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
        boolean ageWording = prefix != null && AGE_WORDING.matcher(text.substring(prefix.start(), s)).matches();
        return complete(text, new Cursor(number.end(), cmp), start, value, comma, flags, inner, ageWording);
    }

    /**
     * The parameter name ending just before the number ("Grade 1", "age of 18"), not before {@code floor}.
     * Mentions do not overlap, so the last one ending before the number is found by binary search.
     */
    private static Mention nameRightBefore(String text, int numberStart, int floor, List<Mention> mentions) {
        int lo = 0;
        int hi = mentions.size() - 1;
        Mention last = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).end() <= numberStart) {
                last = mentions.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last != null && last.start() >= floor
                && NAME_TO_NUMBER.matcher(text).region(last.end(), numberStart).matches() ? last : null;
    }

    /** Where the comparator before a name must end: before an optional "the" ("above the age of 18"). */
    private static int beforeThe(String text, int nameStart, int floor) {
        Matcher the = THE_BEFORE.matcher(text).region(Math.max(floor, nameStart - 8), nameStart);
        return the.find() ? the.start() : nameStart;
    }

    /** Where reading after the first number has got to. */
    private static final class Cursor {
        int pos;
        Comparator comparator;
        String unit;
        Double upper;
        boolean predicted;
        boolean enumerated;
        boolean ageWording;

        Cursor(int pos, Comparator comparator) {
            this.pos = pos;
            this.comparator = comparator;
        }
    }

    /** Reads what follows the first number: unit, "% predicted", a second number, a postfix comparator. */
    private ValueExpression complete(String text, Cursor c, int start, double value,
                                     boolean comma, List<String> flags, Mention inner, boolean ageWording) {
        c.ageWording = ageWording;
        readUnit(text, c);
        if (c.unit == null && MULTIPLIER.matcher(text).region(c.pos, text.length()).lookingAt()) {
            return null;
        }
        if (c.comparator != null && c.comparator != Comparator.BETWEEN && c.unit == null
                && RANGE_AFTER.matcher(text).region(c.pos, text.length()).lookingAt()) {
            return null; // "> 20-24 breaths/minute": a comparator on a range is not guessed
        }
        if ((c.comparator == null || c.comparator == Comparator.BETWEEN) && !readSecondNumber(text, c, flags)) {
            return null;
        }
        if (c.comparator == null && c.unit == null && !readEnumeration(text, c, value)) {
            return null;
        }
        if (c.comparator == null && !readPostfix(text, c)) {
            return null;
        }
        if (c.upper != null && c.upper < value) {
            return null; // "MMSE 14-0": a reversed range is not guessed into order
        }
        return new ValueExpression(start, c.pos, c.comparator, value, c.upper, c.unit, c.predicted, comma, flags,
                inner, c.enumerated, c.ageWording);
    }

    /**
     * "0 or 1", "0, 1, or 2": consecutive whole numbers with no unit read as BETWEEN first and last.
     * False when a list is there but is not such a run, or a postfix comparator follows ("3 or 4 or higher").
     */
    private boolean readEnumeration(String text, Cursor c, double first) {
        if (first != Math.rint(first)) {
            return true;
        }
        double last = first;
        int pos = c.pos;
        Matcher join = ENUM_JOIN.matcher(text);
        Matcher next = NUMBER.matcher(text);
        while (join.region(pos, text.length()).lookingAt() && next.region(join.end(), text.length()).lookingAt()
                && next.group().matches("\\d+") && Double.parseDouble(next.group()) == last + 1
                && !LETTER_AT.matcher(text).region(next.end(), text.length()).lookingAt()) {
            last = Double.parseDouble(next.group());
            pos = next.end();
        }
        if (last == first) {
            return true; // not a list: a postfix comparator may still follow
        }
        boolean moreListed = join.region(pos, text.length()).lookingAt()
                && text.length() > join.end() && Character.isDigit(text.charAt(join.end()));
        if (moreListed || ComparatorWords.POSTFIX_AFTER_NUMBER.matcher(text).region(pos, text.length()).lookingAt()
                || units.unitAt(text, pos) != null) {
            return false; // "grade 1, 2, or 3a", "3 or 4 or higher": not a plain run
        }
        c.upper = last;
        c.pos = pos;
        c.comparator = Comparator.BETWEEN;
        c.enumerated = true;
        return true;
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
        c.ageWording = AGE_WORDING.matcher(post.group(1)).matches();
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
