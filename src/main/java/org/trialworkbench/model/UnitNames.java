package org.trialworkbench.model;

/**
 * Canonical units as a reviewer reads them. The readers keep UCUM codes ("a", "mo", "wk", "d") as
 * canonical units, which is right for data but reads badly in a cell or a row note ("in a").
 */
public final class UnitNames {
    /** Units written with "u" for micro ("umol/L", "ug", "uL"). */
    private static final java.util.regex.Pattern MICRO = java.util.regex.Pattern.compile("u(?=(?:mol|g|L)(?:\\b|/|$))");

    private UnitNames() {
    }

    /**
     * The unit in words where its code is cryptic ("a" → "years"), micro as "µ" ("umol/L" → "µmol/L");
     * other units as they are; null stays null.
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
            default -> unit.startsWith("u") ? MICRO.matcher(unit).replaceFirst("µ") : unit;
        };
    }
}
