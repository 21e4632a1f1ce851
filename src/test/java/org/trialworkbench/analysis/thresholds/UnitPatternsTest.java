package org.trialworkbench.analysis.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The unit lookup by groups of spellings finds exactly what the one pattern of all spellings finds:
 * for every spelling of units.csv in several cases and surroundings, and for every char of the
 * Basic Multilingual Plane where a unit could start (case folding oddities: Kelvin sign, long s,
 * dotless i, micro sign, Greek mu).
 */
class UnitPatternsTest {
    private final UnitCatalog units = new UnitCatalog();

    @Test
    void everySpellingIsFoundAsByTheOnePattern() {
        List<String> texts = new ArrayList<>();
        for (String[] r : DataTables.rows("units.csv", 5)) {
            String s = r[1];
            for (String variant : List.of(s, s.toUpperCase(), s.toLowerCase(), "K" + s.substring(1), "ſ" + s.substring(1))) {
                for (String before : List.of("", " ", " \t ", "\u00a0")) {
                    for (String after : List.of("", " ", "/", "s", ".", "2", " or more")) {
                        texts.add("12" + before + variant + after);
                    }
                }
            }
        }
        texts.forEach(t -> assertSame(t, 2));
        assertThat(texts).hasSizeGreaterThan(10_000);
    }

    @Test
    void everyFirstCharIsReadAsByTheOnePattern() {
        int found = 0;
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            for (String rest : List.of("g/dL", "mol/L", "/L", "ULN", "")) {
                String text = "5 " + (char) c + rest;
                found += assertSame(text, 1) ? 1 : 0;
            }
        }
        assertThat(found).as("units found at all").isGreaterThan(50);
    }

    private boolean assertSame(String text, int from) {
        Matcher fast = units.unitAt(text, from);
        Matcher one = units.unitAtByOnePattern(text, from);
        assertThat(describe(fast)).as(text).isEqualTo(describe(one));
        return one != null;
    }

    private static String describe(Matcher m) {
        return m == null ? "none" : m.start() + "-" + m.end() + " unit " + m.start(1) + "-" + m.end(1) + " " + m.group(1);
    }
}
