package org.trialworkbench.analysis.criteria;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trialworkbench.model.Comparator;
import org.trialworkbench.model.Threshold;

/**
 * Hand labels of the thresholds in held-aside criteria ({@code record | key | parameter | comparator | value |
 * upper | normalized}), and how a reading is scored against them: exactly right, partial (right limit, unit not
 * understood and flagged), or wrong (matches no label). Names the labeller chose for a parameter can be mapped to
 * the reader's canonical names by meaning, with a table fixed before scoring.
 */
final class ThresholdLabels {
    record Expected(String parameter, String comparator, double value, Double upper, String normalized) {
    }

    private final Map<String, List<Expected>> byCriterion;

    private ThresholdLabels(Map<String, List<Expected>> byCriterion) {
        this.byCriterion = byCriterion;
    }

    /** Labels from a resource; {@code names} maps label words to canonical names and units (unmapped: as written). */
    static ThresholdLabels load(String resource, Map<String, String> names) throws IOException {
        Map<String, List<Expected>> out = new LinkedHashMap<>();
        try (InputStream in = ThresholdLabels.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
                List<Expected> list = out.computeIfAbsent(f[0] + "/" + f[1], k -> new ArrayList<>());
                if (!f[2].equals("-")) {
                    list.add(new Expected(names.getOrDefault(f[2], f[2]), f[3], Double.parseDouble(f[4]),
                            f[5].isEmpty() ? null : Double.valueOf(f[5]), mapUnit(f[6], names)));
                }
            }
        }
        return new ThresholdLabels(out);
    }

    private static String mapUnit(String normalized, Map<String, String> names) {
        int space = normalized.indexOf(' ');
        if (space < 0) {
            return normalized;
        }
        String unit = normalized.substring(space + 1);
        return normalized.substring(0, space + 1) + names.getOrDefault(unit, unit);
    }

    /** Labelled criteria as "record/key", in file order. */
    Map<String, List<Expected>> byCriterion() {
        return byCriterion;
    }

    int total() {
        return byCriterion.values().stream().mapToInt(List::size).sum();
    }

    static boolean matches(Expected x, Threshold t) {
        return x.parameter().equals(t.parameter()) && x.comparator().equals(t.comparator().name())
                && x.value() == t.value() && Objects.equals(x.upper(), t.upper())
                && x.normalized().equals(normalized(t));
    }

    /** A reading with the right parameter, comparator and value whose unit is flagged is not wrong, only partial. */
    static boolean isPartialOf(List<Expected> open, Threshold t) {
        return t.normalized() == null && !t.flags().isEmpty() && open.stream().anyMatch(x -> x.parameter().equals(t.parameter())
                && x.comparator().equals(t.comparator().name()) && x.value() == t.value());
    }

    /**
     * "≥ 18 ... and ≤ 75" labelled as two limits, read as one inclusive range: the labels it stands for (GE lower
     * and LE upper of the same parameter, both still open), or none.
     */
    static List<Expected> rangeOfTwo(List<Expected> open, Threshold t) {
        if (t.comparator() != Comparator.BETWEEN || t.upper() == null) {
            return List.of();
        }
        Expected low = open.stream().filter(x -> x.parameter().equals(t.parameter()) && x.comparator().equals("GE")
                && x.value() == t.value()).findFirst().orElse(null);
        Expected high = open.stream().filter(x -> x.parameter().equals(t.parameter()) && x.comparator().equals("LE")
                && x.value() == t.upper()).findFirst().orElse(null);
        return low == null || high == null ? List.of() : List.of(low, high);
    }

    static String normalized(Threshold t) {
        return t.normalized() == null ? "-" : fmt(t.normalized().value())
                + (t.normalized().unit() == null ? "" : " " + t.normalized().unit());
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
