package org.trialworkbench.ui.cohorts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Amounts;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.SubjectRange;
import org.trialworkbench.ui.Texts;

/** Display spellings of the cohort fields; amounts as {@link Amounts} writes them ("1×10⁶ cells/kg"). */
final class DoseTexts {
    /** The reader's note in {@code doseText} when the cumulative dose could not be computed. */
    private static final Pattern NOT_COMPUTED = Pattern.compile("\\[cumulative dose not computed: ([^\\]]*)]");
    private static final Pattern ROUTE = Pattern.compile("(?:,\\s*)?route: ([^,\\[]+)");

    private DoseTexts() {
    }

    /** "1×10⁶ cells/kg", "2.5 mg/kg"; null → {@link Texts#MISSING}. */
    static String quantity(Quantity q) {
        return q == null ? Texts.MISSING : Amounts.reading(q);
    }

    /** The reason the reader gave for not computing the cumulative dose, or null. */
    static String notComputedReason(String doseText) {
        if (doseText == null) {
            return null;
        }
        Matcher m = NOT_COMPUTED.matcher(doseText);
        return m.find() ? m.group(1).trim() : null;
    }

    /** The route noted in {@code doseText} ("intravenous"), or null. */
    static String route(String doseText) {
        if (doseText == null) {
            return null;
        }
        Matcher m = ROUTE.matcher(doseText);
        return m.find() ? m.group(1).trim() : null;
    }

    /** {@code doseText} without the reader's notes (route, not-computed reason): the dose as written. */
    static String asWritten(String doseText) {
        if (doseText == null) {
            return "";
        }
        String text = NOT_COMPUTED.matcher(doseText).replaceAll("");
        return ROUTE.matcher(text).replaceAll("").trim();
    }

    /** "4–7 (n=4)", "1–3", "n=3", or {@link Texts#MISSING}. */
    static String participants(SubjectRange subjects, Integer size) {
        String range = subjects == null ? null
                : subjects.from() == subjects.to() ? Integer.toString(subjects.from())
                : subjects.from() + "–" + subjects.to();
        String n = size == null ? null : "n=" + size;
        if (range == null) {
            return n == null ? Texts.MISSING : n;
        }
        return n == null ? range : range + " (" + n + ")";
    }

    /** "every 3 weeks", "Day 28 (28 days)"; null → {@link Texts#MISSING}. */
    static String interval(Offset interval) {
        if (interval == null) {
            return Texts.MISSING;
        }
        String amount = "every " + Texts.amount(interval.value(), interval.unit());
        return interval.label() == null || interval.label().isBlank() ? amount : interval.label() + " (" + amount + ")";
    }
}
