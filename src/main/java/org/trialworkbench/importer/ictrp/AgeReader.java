package org.trialworkbench.importer.ictrp;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;

/**
 * Reads an age limit as registries write it: "18 Years", "18Y", "18", "60(Year)", "16years-old",
 * "&gt;= 20age old", "2 Months". A bare number is in years. "N/A", "None", "no limit", "Not
 * applicable" and empty mean no limit. Anything else (e.g. "65+", which is an age group) is
 * unread: {@link #read} returns an empty optional and the caller warns.
 */
public final class AgeReader {
    private static final Pattern NO_LIMIT = Pattern.compile(
            "(?i)\\s*(n/?a|none|no limit|not applicable|not stated|-)?\\s*");
    private static final Pattern AGE = Pattern.compile(
            "(?i)\\s*(>=|<=|=>|=<|>|<|≥|≤)?\\s*(\\d+(?:\\.\\d+)?)\\s*\\(?\\s*"
                    + "(years?|y|yrs?|months?|m|weeks?|w|days?|d|hours?|h|minutes?|min)?\\s*\\)?\\s*(?:-?\\s*old|age\\s*old)?\\s*");

    private AgeReader() {
    }

    /** The limit; {@code Optional.of(null)} is not used: empty optional = unread, null inside = no limit. */
    public static Optional<Limit> read(String text) {
        if (text == null || NO_LIMIT.matcher(text).matches()) {
            return Optional.of(new Limit(null));
        }
        Matcher m = AGE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String comparator = m.group(1);
        boolean inclusive = comparator == null || comparator.contains("=") || comparator.equals("≥") || comparator.equals("≤");
        return Optional.of(new Limit(new Age(Double.parseDouble(m.group(2)), unit(m.group(3)), inclusive)));
    }

    private static AgeUnit unit(String unit) {
        if (unit == null) {
            return AgeUnit.YEARS;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("mi")) {
            return AgeUnit.MINUTES;
        }
        return switch (u.charAt(0)) {
            case 'm' -> AgeUnit.MONTHS;
            case 'w' -> AgeUnit.WEEKS;
            case 'd' -> AgeUnit.DAYS;
            case 'h' -> AgeUnit.HOURS;
            default -> AgeUnit.YEARS;
        };
    }

    /** A read age limit; {@code age} is null when the source states there is none. */
    public record Limit(Age age) {
    }
}
