package org.trialworkbench.ui.cohorts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.trialworkbench.model.Amounts;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Trial;
import org.trialworkbench.ui.SelectedTarget;

/**
 * Groups the compared trials' cohort doses by unit into axes and decides each axis's scale. Pure:
 * no JavaFX, so it is tested without a window.
 */
final class DoseChartModel {
    static final String NO_UNIT = "(no unit)";
    /** Doses spanning this factor or more are drawn on a log scale even when they are not cell counts. */
    private static final double LOG_SPAN = 100;
    /** Horizontal nudge between trials on one axis, in cohort steps; all nudges stay within ±0.35. */
    private static final double NUDGE = 0.25;
    private static final double NUDGE_SPAN = 0.7;

    private DoseChartModel() {
    }

    static DoseChart of(List<Trial> trials) {
        Map<String, List<Trial>> byUnit = new LinkedHashMap<>();
        for (Trial t : trials) {
            for (Cohort c : t.cohorts()) {
                for (Quantity q : doses(c)) {
                    List<Trial> inUnit = byUnit.computeIfAbsent(unit(q), u -> new ArrayList<>());
                    if (!inUnit.contains(t)) {
                        inUnit.add(t);
                    }
                }
            }
        }
        List<DoseAxisGroup> groups = byUnit.entrySet().stream().map(e -> group(e.getKey(), e.getValue())).toList();
        return new DoseChart(trials.stream().map(Trial::id).toList(), groups, separationNote(groups), chartNotes(trials));
    }

    private static List<Quantity> doses(Cohort c) {
        List<Quantity> q = new ArrayList<>(2);
        if (c.dose() != null) {
            q.add(c.dose());
        }
        if (c.cumulativeDose() != null) {
            q.add(c.cumulativeDose());
        }
        return q;
    }

    static String unit(Quantity q) {
        return q.unit() == null || q.unit().isBlank() ? NO_UNIT : q.unit().strip();
    }

    private static DoseAxisGroup group(String unit, List<Trial> trials) {
        List<Double> values = trials.stream().flatMap(t -> t.cohorts().stream()).flatMap(c -> doses(c).stream())
                .filter(q -> unit(q).equals(unit)).map(Quantity::value).toList();
        String logReason = logReason(unit, values);
        boolean log = logReason != null;
        List<DoseSeries> series = new ArrayList<>();
        for (int i = 0; i < trials.size(); i++) {
            double step = Math.min(NUDGE, NUDGE_SPAN / trials.size());
            double nudge = (i - (trials.size() - 1) / 2.0) * step;
            for (boolean cumulative : new boolean[] {false, true}) {
                for (List<Cohort> escalation : escalations(trials.get(i))) {
                    List<DosePoint> points = points(trials.get(i), escalation, unit, cumulative, nudge, log);
                    if (!points.isEmpty()) {
                        series.add(new DoseSeries(trials.get(i).id(), escalation.get(0).escalation(), cumulative, points));
                    }
                }
            }
        }
        return new DoseAxisGroup(unit, log, log ? logReason : "linear scale",
                trials.stream().map(Trial::id).toList(), series);
    }

    /** Why the axis is logarithmic, or null for a linear axis. Zero or negative doses rule a log axis out. */
    static String logReason(String unit, List<Double> values) {
        if (values.isEmpty() || values.stream().anyMatch(v -> v <= 0)) {
            return null;
        }
        if (unit.toLowerCase(Locale.ROOT).contains("cells")) {
            return "log scale: cell counts";
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return max / min >= LOG_SPAN ? "log scale: doses span " + Amounts.reading(max / min) + "-fold" : null;
    }

    /** A trial's cohorts by escalation, in order of first appearance; one list for a trial with one escalation. */
    static List<List<Cohort>> escalations(Trial t) {
        Map<String, List<Cohort>> by = new LinkedHashMap<>();
        for (Cohort c : t.cohorts()) {
            by.computeIfAbsent(c.escalation(), e -> new ArrayList<>()).add(c); // a null key: the one escalation
        }
        return List.copyOf(by.values());
    }

    private static List<DosePoint> points(Trial t, List<Cohort> cohorts, String unit, boolean cumulative, double nudge,
                                          boolean log) {
        List<DosePoint> points = new ArrayList<>();
        for (Cohort c : cohorts) {
            Quantity q = cumulative ? c.cumulativeDose() : c.dose();
            if (q == null || !unit(q).equals(unit)) {
                continue;
            }
            double y = log ? Math.log10(q.value()) : q.value();
            points.add(new DosePoint(c.key(), c.sequence(), c.sequence() + nudge, y, q.value(), label(t, c),
                    new SelectedTarget(t.id(), "cohort:" + c.key())));
        }
        return points;
    }

    private static String label(Trial t, Cohort c) {
        String dose = DoseTexts.quantity(c.dose());
        String times = c.administrations() == null ? "" : " × " + c.administrations();
        String total = c.cumulativeDose() == null ? "" : " = " + DoseTexts.quantity(c.cumulativeDose());
        String escalation = c.escalation() == null ? "" : " (" + c.escalation() + ")";
        return t.id() + " " + c.key() + escalation + ": " + dose + times + total;
    }

    /** "mg/kg and cells/kg cannot share an axis: shown separately"; null when one axis is enough. */
    static String separationNote(List<DoseAxisGroup> groups) {
        if (groups.size() < 2) {
            return null;
        }
        List<String> units = groups.stream().map(DoseAxisGroup::unit).toList();
        String listed = String.join(", ", units.subList(0, units.size() - 1)) + " and " + units.get(units.size() - 1);
        return listed + " cannot share an axis: shown separately";
    }

    private static List<String> chartNotes(List<Trial> trials) {
        List<String> chartNotes = new ArrayList<>();
        for (Trial t : trials) {
            if (t.cohorts().isEmpty()) {
                chartNotes.add(t.id() + ": no dose cohorts to plot");
                continue;
            }
            parallelNote(t).ifPresent(chartNotes::add);
            missing(t, c -> c.dose() == null, "dose not stated").ifPresent(chartNotes::add);
            // Only cohorts with a dose: the ones without are already listed above.
            missing(t, c -> c.dose() != null && c.cumulativeDose() == null, "cumulative dose not computed")
                    .ifPresent(chartNotes::add);
        }
        return chartNotes;
    }

    /** "NCT… escalates in parallel, one line each: QD (C1–C3); BID (C4–C6)"; empty for one escalation. */
    private static Optional<String> parallelNote(Trial t) {
        List<List<Cohort>> escalations = escalations(t);
        if (escalations.size() < 2) {
            return Optional.empty();
        }
        String each = escalations.stream().map(e -> e.get(0).escalation() + " (" + keys(e) + ")")
                .collect(Collectors.joining("; "));
        return Optional.of(t.id() + " escalates in parallel, one line each: " + each);
    }

    private static String keys(List<Cohort> cohorts) {
        String first = cohorts.get(0).key();
        String last = cohorts.get(cohorts.size() - 1).key();
        return first.equals(last) ? first : first + "–" + last;
    }

    private static Optional<String> missing(Trial t, Predicate<Cohort> lacking, String what) {
        String keys = t.cohorts().stream().filter(lacking).map(Cohort::key).collect(Collectors.joining(", "));
        return keys.isEmpty() ? Optional.empty() : Optional.of(t.id() + " " + keys + ": " + what + ", not plotted");
    }
}
