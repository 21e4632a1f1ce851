package org.trialworkbench.ui;

import java.util.List;
import java.util.Locale;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.ValueWords;

/** Display spellings shared by the panes (enum names made readable, missing values shown as a dash). */
public final class Texts {
    /** What the panes show for a value the source does not state. */
    public static final String MISSING = "—";

    private Texts() {
    }

    /** {@code ACTIVE_NOT_RECRUITING} → "Active not recruiting"; null → {@link #MISSING}. */
    public static String humanize(Enum<?> value) {
        return value == null ? MISSING : ValueWords.of(value);
    }

    /** Phases as "1/2", "Early 1", "n/a"; none → {@link #MISSING}. */
    public static String phases(List<Phase> phases) {
        String words = ValueWords.phases(phases);
        return words == null ? MISSING : words;
    }

    /** A number without a needless ".0". */
    public static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Double.toString(value);
    }

    /** "1 day", "3 months", "2.5 years": an amount with its unit name in singular or plural. */
    public static String amount(double value, Enum<?> unit) {
        String name = unit.name().toLowerCase(Locale.ROOT);
        // AgeUnit names are plural (YEARS), TimeUnit names singular (YEAR).
        String singular = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
        return number(value) + " " + (value == 1 ? singular : singular + "s");
    }

    /** The text on one line: line breaks and runs of blanks become one space (null stays null). */
    public static String oneLine(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ");
    }

    /** {@code text} when it has content, else {@link #MISSING}. */
    public static String orMissing(String text) {
        return text == null || text.isBlank() ? MISSING : text;
    }
}
