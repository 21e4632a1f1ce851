package org.trialworkbench.ui.cohorts;

import org.trialworkbench.model.Cohort;
import org.trialworkbench.ui.SelectedTarget;
import org.trialworkbench.ui.Texts;

/**
 * One row of a trial's cohort table, as the reviewer reads it. {@code source} is shown on hover:
 * the passage the cohort was read from and the dose as written.
 *
 * @param cohort          key and label (two lines: "C2", "Cohort 2"); the key alone when the label only repeats the
 *                        intervention's name (a fixed-dose arm named after its product) or the escalation's
 * @param escalation      which of parallel escalations the cohort belongs to ("cohort A"); null for a trial with one
 * @param participants    subject numbers and size ("4–7 (n=4)")
 * @param dose            dose per administration ("1×10⁶ cells/kg"), or the dose text when no dose was read
 * @param cumulative      cumulative dose, or "not computed: reason"
 */
public record CohortRow(String cohort, String escalation, String participants, String intervention, String dose,
                        String administrations, String interval, String cumulative, String gate, String source,
                        SelectedTarget target) {

    static CohortRow of(String trialId, Cohort c) {
        return new CohortRow(
                cohortCell(c),
                c.escalation(),
                DoseTexts.participants(c.subjects(), c.size()),
                intervention(c),
                dose(c),
                c.administrations() == null ? Texts.MISSING : c.administrations().toString(),
                DoseTexts.interval(c.interval()),
                cumulative(c),
                Texts.orMissing(c.gate()),
                source(c),
                new SelectedTarget(trialId, "cohort:" + c.key()));
    }

    private static String cohortCell(Cohort c) {
        boolean repeatsEscalation = c.escalation() != null && c.label() != null && c.label().strip().equals(c.escalation().strip());
        return namesOnlyTheIntervention(c) || repeatsEscalation ? c.key() : c.key() + "\n" + c.label();
    }

    private static boolean namesOnlyTheIntervention(Cohort c) {
        return c.label() == null || c.label().isBlank()
                || c.intervention() != null && c.intervention().strip().equalsIgnoreCase(c.label().strip());
    }

    private static String intervention(Cohort c) {
        String route = DoseTexts.route(c.doseText());
        String name = Texts.orMissing(c.intervention());
        return route == null ? name : name + " (" + route + ")";
    }

    private static String dose(Cohort c) {
        if (c.dose() != null) {
            return DoseTexts.quantity(c.dose());
        }
        String written = DoseTexts.asWritten(c.doseText());
        // A range or ceiling stays text in the model: show it as written rather than hide it.
        return written.isEmpty() ? "not stated" : "as written: " + written;
    }

    private static String cumulative(Cohort c) {
        if (c.cumulativeDose() != null) {
            return DoseTexts.quantity(c.cumulativeDose());
        }
        String reason = DoseTexts.notComputedReason(c.doseText());
        return reason == null ? Texts.MISSING : "not computed: " + reason;
    }

    private static String source(Cohort c) {
        StringBuilder s = new StringBuilder();
        s.append("Source: ").append(c.sourceText() == null || c.sourceText().isBlank()
                ? "(not recorded)" : "\u201C" + c.sourceText().strip() + "\u201D");
        if (c.doseText() != null && !c.doseText().isBlank()) {
            s.append("\nDose as written: ").append(c.doseText().strip());
        }
        return s.toString();
    }
}
