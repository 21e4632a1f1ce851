package org.trialworkbench.model;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Amounts as a reviewer reads them in a dose or a unit. Large and tiny amounts are written as
 * powers of ten ("1×10⁶") because that is how cell doses are written in protocols, and a row of
 * zeros is easy to misread by a factor of ten. For reading only: data exports keep plain numbers.
 */
public final class Amounts {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Amounts() {
    }

    /** At most six significant digits; powers of ten from 10⁵ up and below 10⁻³: "1×10⁶", "2.5". */
    public static String reading(double value) {
        double magnitude = Math.abs(value);
        if (value != 0 && Double.isFinite(value) && (magnitude >= 1e5 || magnitude < 1e-3)) {
            int exponent = (int) Math.floor(Math.log10(magnitude));
            double mantissa = value / Math.pow(10, exponent);
            return plain(mantissa) + "×" + powerOfTen(exponent);
        }
        return plain(value);
    }

    /** "1×10⁶ cells/kg", "2.5 mg/kg"; null when there is no quantity. */
    public static String reading(Quantity q) {
        if (q == null) {
            return null;
        }
        return q.unit() == null || q.unit().isBlank() ? reading(q.value()) : reading(q.value()) + " " + q.unit();
    }

    /** "10⁶", "10⁻²". */
    public static String powerOfTen(int exponent) {
        StringBuilder s = new StringBuilder("10");
        if (exponent < 0) {
            s.append('⁻');
        }
        for (char digit : Integer.toString(Math.abs(exponent)).toCharArray()) {
            s.append(SUPERSCRIPTS.charAt(digit - '0'));
        }
        return s.toString();
    }

    private static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
