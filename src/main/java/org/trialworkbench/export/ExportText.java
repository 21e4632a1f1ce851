package org.trialworkbench.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Plain-text spellings shared by every exporter: numbers, instants, enum names, and the
 * neutralizing of bidirectional control characters. A right-to-left override (U+202E) in a note
 * like "\u202Egnp.exe" would make a reader see "exe.png"; every format therefore shows such a
 * character as a visible token ({@code [U+202E]}) instead of letting it reorder text.
 */
final class ExportText {
    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ExportText() {
    }

    /** Replaces the bidi embedding, override and isolate controls with a visible token. */
    static String neutralizeBidi(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isBidiControl(c)) {
                b.append(String.format(Locale.ROOT, "[U+%04X]", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI, PDI (U+2066–U+2069). */
    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** A number without a needless ".0" or exponent: 11, 0.5, 1000000. */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    static String number(Number v) {
        return v == null ? "" : number(v.doubleValue());
    }

    /** ISO 8601, as stored (machine-readable columns). */
    static String iso(Instant t) {
        return t == null ? "" : t.toString();
    }

    /** "2026-11-20 10:15 UTC", for headers people read. */
    static String readable(Instant t) {
        return t == null ? "" : READABLE.format(t);
    }

    /** Enum constant as stored ("PHASE1"); empty when null. */
    static String name(Enum<?> e) {
        return e == null ? "" : e.name();
    }

    static String orEmpty(Object o) {
        return o == null ? "" : o.toString();
    }

    static String join(List<?> items, String separator) {
        return items.stream().filter(Objects::nonNull).map(Object::toString).collect(Collectors.joining(separator));
    }

    static String lower(Enum<?> e) {
        return e == null ? "" : e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
