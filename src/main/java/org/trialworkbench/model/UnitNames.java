package org.trialworkbench.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical units as a reviewer reads them. The readers keep UCUM codes ("a", "mo", "Cel", "10*9/L",
 * "umol/L") as canonical units, which is right for data but reads badly in a cell or a row note.
 */
public final class UnitNames {
    /** "u" for micro before a base unit, at the start or after a "/" ("umol/L", "ug", "/uL"). */
    private static final Pattern MICRO = Pattern.compile("(?<=^|/)u(?=(?:mol|g|L)(?:\\b|/|$))");
    /** A power of ten ("10*9/L"). */
    private static final Pattern POWER = Pattern.compile("(?<![\\d.])10\\*(\\d{1,3})(?!\\d)");
    /** Square metres at the end of a unit ("kg/m2", "mL/min/1.73m2"). */
    private static final Pattern SQUARE_METRES = Pattern.compile("(\\d)?m2$");

    private UnitNames() {
    }

    /**
     * The unit in words where its code is cryptic ("a" → "years", "Cel" → "°C"), micro as "µ"
     * ("umol/L" → "µmol/L"), powers of ten and squares raised ("10*9/L" → "×10⁹/L", "kg/m2" →
     * "kg/m²"); other units as they are; null stays null.
     */
    public static String forReading(String unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit) {
            case "a" -> "years";
            case "mo" -> "months";
            case "wk" -> "weeks";
            case "d" -> "days";
            case "Cel" -> "°C";
            default -> squares(powers(MICRO.matcher(unit).replaceAll("µ")));
        };
    }

    private static String powers(String unit) {
        Matcher m = POWER.matcher(unit);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "×" + Amounts.powerOfTen(Integer.parseInt(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    private static String squares(String unit) {
        Matcher m = SQUARE_METRES.matcher(unit);
        return m.find() ? unit.substring(0, m.start()) + (m.group(1) != null ? m.group(1) + " " : "") + "m²" : unit;
    }
}
