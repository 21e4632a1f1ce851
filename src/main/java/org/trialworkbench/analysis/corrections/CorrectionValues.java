package org.trialworkbench.analysis.corrections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Comparator;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.SubjectRange;
import org.trialworkbench.model.TimeUnit;

/**
 * The text syntax of corrected (and original) values, one per value type; {@code format} and
 * {@code parse} are inverse, so a value survives export and import exactly. Empty text is "none
 * stated" (null) where the field may be empty. Parse errors are {@link IllegalArgumentException}s
 * whose message a reviewer can act on.
 *
 * <ul>
 *   <li>number: {@code 4}, {@code 1.5}, {@code -2}</li>
 *   <li>offset: {@code 12 MONTH}, {@code 0 DAY "Baseline"} (units: MINUTE HOUR DAY WEEK MONTH YEAR,
 *       any case, plural allowed; label in double quotes, {@code \"} inside)</li>
 *   <li>offset list: offsets separated by {@code ;}</li>
 *   <li>quantity: {@code 10 mg/kg}, {@code 200} (no unit)</li>
 *   <li>range: {@code 4-7}</li>
 * </ul>
 */
public final class CorrectionValues {
    private static final String NUMBER = "([-+]?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)";
    private static final Pattern OFFSET = Pattern.compile("\\s*" + NUMBER + "\\s*([A-Za-z]+)\\s*"
            + "(?:\"((?:[^\"\\\\]|\\\\.)*)\")?\\s*");
    private static final Pattern QUANTITY = Pattern.compile("\\s*" + NUMBER + "\\s*(.*?)\\s*");
    private static final Pattern RANGE = Pattern.compile("\\s*([0-9]{1,6})\\s*[-\u2013]\\s*([0-9]{1,6})\\s*");

    private CorrectionValues() {
    }

    /** The value types of correctable fields. */
    public enum Type {
        KIND, TEXT, COMPARATOR, NUMBER, INTEGER, OFFSET, OFFSET_LIST, QUANTITY, RANGE;
    }

    static boolean isEmpty(String text) {
        return text == null || text.isBlank();
    }

    public static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    public static double parseNumber(String text) {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
    }

    public static Integer parseInteger(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
    }

    public static CriterionKind parseKind(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (CriterionKind k : CriterionKind.values()) {
            if (k.name().equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not INCLUSION or EXCLUSION");
    }

    public static Comparator parseComparator(String text) {
        String t = text.strip().replace("\u2264", "<=").replace("\u2265", ">=").toLowerCase(Locale.ROOT);
        try {
            return Comparator.fromSymbol(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not one of < <= > >= = between");
        }
    }

    public static String offset(Offset o) {
        String base = number(o.value()) + " " + o.unit().name();
        return o.label() == null ? base : base + " \"" + o.label().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    public static Offset parseOffset(String text) {
        Matcher m = OFFSET.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a time like 12 MONTH or 0 DAY \"Baseline\"");
        }
        String label = m.group(3) == null ? null : m.group(3).replaceAll("\\\\(.)", "$1");
        return new Offset(parseNumber(m.group(1)), timeUnit(m.group(2), text), label);
    }

    private static TimeUnit timeUnit(String word, String text) {
        String w = word.toUpperCase(Locale.ROOT);
        for (String candidate : new String[] {w, w.endsWith("S") ? w.substring(0, w.length() - 1) : w}) {
            for (TimeUnit u : TimeUnit.values()) {
                if (u.name().equals(candidate)) {
                    return u;
                }
            }
        }
        throw new IllegalArgumentException("in '" + text.strip() + "', '" + word
                + "' is not a time unit (MINUTE HOUR DAY WEEK MONTH YEAR)");
    }

    public static String offsets(List<Offset> offsets) {
        return String.join("; ", offsets.stream().map(CorrectionValues::offset).toList());
    }

    /** Offsets separated by semicolons outside quoted labels. */
    public static List<Offset> parseOffsets(String text) {
        List<Offset> result = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                addOffset(result, part);
            } else {
                part.append(c);
            }
        }
        addOffset(result, part);
        return result;
    }

    private static void addOffset(List<Offset> result, StringBuilder part) {
        if (!part.toString().isBlank()) {
            result.add(parseOffset(part.toString()));
        }
        part.setLength(0);
    }

    public static String quantity(Quantity q) {
        return q.unit() == null ? number(q.value()) : number(q.value()) + " " + q.unit();
    }

    public static Quantity parseQuantity(String text) {
        Matcher m = QUANTITY.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an amount like 10 mg/kg");
        }
        return new Quantity(parseNumber(m.group(1)), m.group(2).isEmpty() ? null : m.group(2));
    }

    public static String range(SubjectRange r) {
        return r.from() + "-" + r.to();
    }

    public static SubjectRange parseRange(String text) {
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a range like 4-7");
        }
        return new SubjectRange(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
}
