package org.trialworkbench.analysis.thresholds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The unit spellings of {@code units.csv}: recognising a unit after a number and converting it. */
final class UnitCatalog {
    /** Pseudo-parameter of rows that hold for every unitless score. */
    private static final String SCORE = "score";
    /** Flag of generic rows that are time spans. */
    private static final String DURATION = "DURATION";
    /** A caret between a length unit and its power: "mm^3", "m^2". */
    private static final Pattern LENGTH_POWER = Pattern.compile("(?<=[^a-z]|^)(c?m|mm)\\^([23])");
    private final Map<String, UnitRow> byParameterAndKey = new HashMap<>();
    private final Map<String, List<UnitRow>> byParameter = new HashMap<>();
    private final UnitPatterns unitPatterns;

    UnitCatalog() {
        Set<String> spellings = new LinkedHashSet<>();
        for (String[] r : DataTables.rows("units.csv", 5)) {
            UnitRow row = new UnitRow(r[0], r[1], Double.parseDouble(r[2]), blankToNull(r[3]), blankToNull(r[4]));
            byParameterAndKey.putIfAbsent(r[0] + "|" + key(r[1]), row);
            byParameter.computeIfAbsent(r[0], p -> new ArrayList<>()).add(row);
            spellings.add(r[1]);
        }
        unitPatterns = new UnitPatterns(spellings);
    }

    /** The unit written at {@code from} (after optional blanks), or null; the match's end is {@code end()}. */
    Matcher unitAt(String text, int from) {
        return unitPatterns.unitAt(text, from);
    }

    /** {@link #unitAt} by the one pattern of all spellings: what {@link UnitPatterns} must agree with. */
    Matcher unitAtByOnePattern(String text, int from) {
        return unitPatterns.unitAtByOnePattern(text, from);
    }

    /**
     * The row for a written unit: the parameter's own one, else (for a unitless score) the "score"
     * one ("4 points"), else the generic one, else null.
     */
    UnitRow row(String parameter, String writtenUnit, boolean score) {
        String k = key(writtenUnit);
        UnitRow own = byParameterAndKey.get(parameter + "|" + k);
        if (own == null && score) {
            own = byParameterAndKey.get(SCORE + "|" + k);
        }
        return own != null ? own : byParameterAndKey.get("*|" + k);
    }

    /** True when a score may be written with this unit: "4 points", "1.5 x ULN". */
    boolean scoreUnit(String parameter, String writtenUnit) {
        UnitRow r = row(parameter, writtenUnit, true);
        return r != null && (!r.generic() || r.normalizedUnit() != null);
    }

    /** True when the unit is a time span the parameter is not measured in ("fever for more than 3 days"). */
    boolean foreignDuration(String parameter, String writtenUnit, boolean score) {
        UnitRow r = writtenUnit == null ? null : row(parameter, writtenUnit, score);
        return r != null && r.generic() && DURATION.equals(r.flag());
    }

    List<UnitRow> rowsFor(String parameter) {
        return byParameter.getOrDefault(parameter, List.of());
    }

    /**
     * Spelling-insensitive key: case, blanks, micro signs, multiplication signs and superscripts; a power of a
     * length is written with or without a caret ("cells/mm^3" is "cells/mm3", "kg/m²" is "kg/m2"), a power of
     * ten keeps it ("10^9" is not "109", which marks a lost exponent).
     */
    static String key(String unit) {
        StringBuilder sb = new StringBuilder();
        for (char c : unit.toLowerCase().toCharArray()) {
            switch (c) {
                case ' ', '\t', '\n', '\r', '\u00a0', '\\' -> { }
                case 'µ', 'μ' -> sb.append('u');
                case '×', '*', '⋅', '·' -> sb.append('x');
                case '²' -> sb.append("^2");
                case '³' -> sb.append("^3");
                case '⁹' -> sb.append("^9");
                default -> sb.append(c);
            }
        }
        String k = LENGTH_POWER.matcher(sb).replaceAll("$1$2");
        return k.startsWith("mc") && k.length() > 2 && "gm".indexOf(k.charAt(2)) >= 0 ? "u" + k.substring(2) : k;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
