package org.trialworkbench.analysis.compare;

import java.util.regex.Pattern;
import org.trialworkbench.model.Threshold;

/**
 * Trials count a month as 4 weeks or as 4.35: a duration written in weeks that is a whole number of
 * months by one count or the other (4, 8, 12, 24, 26, 52 weeks) is that many months, so "≥ 12 weeks"
 * and "≥ 3 months" are one limit, as reviewers read them. Other values keep their exact conversion
 * (10 weeks stays 2.3 months).
 */
final class WeeksAsMonths {
    private static final Pattern WEEKS = Pattern.compile("(?i)w(ee)?ks?");
    /** Weeks in an average month (30.4 days), as the threshold reader converts weeks to months. */
    private static final double WEEKS_PER_MONTH = 4.345;

    private WeeksAsMonths() {
    }

    /**
     * The value a bound of {@code t} is compared and shown with: {@code normalized} (the bound in
     * the canonical unit), or whole months when {@code stated} is such a number of weeks.
     */
    private static double counted(Threshold t, double stated, double normalized) {
        if (t.normalized() == null || !"months".equals(t.normalized().unit()) || t.unit() == null
                || !WEEKS.matcher(t.unit().strip()).matches()) {
            return normalized;
        }
        double months = Math.rint(stated / WEEKS_PER_MONTH);
        boolean whole = months >= 1 && stated / WEEKS_PER_MONTH <= months + 1e-9 && months <= stated / 4 + 1e-9;
        return whole ? months : normalized;
    }

    /** A normalized threshold's value as compared and shown. */
    static double value(Threshold t) {
        return counted(t, t.value(), t.normalized().value());
    }

    /** A normalized range's upper bound as compared and shown: converted by the lower bound's factor. */
    static double upper(Threshold t) {
        return counted(t, t.upper(), t.normalized().value() * t.upper() / t.value());
    }
}
