package org.trialworkbench.analysis.cohorts;

import org.trialworkbench.model.SubjectRange;

/**
 * One step as a reader found it, before keys, order and cumulative dose are assigned by
 * {@link CohortAssembler}. {@code statedTotal} is a total written in the source ("70 Gy/35 fx");
 * when present it is the cumulative dose instead of dose × administrations. {@code dose} null when no dose could be read; {@code doseText} is the
 * dose as written (or the passage that names it) and is kept even when {@code dose} is null.
 * {@code escalation}: which of parallel escalations the step belongs to (see {@code Cohort}), null for one.
 */
public record EscalationStep(String label, SubjectRange subjects, Integer size, String intervention,
                             DoseMatch dose, String doseText, Administration administration,
                             String gate, String sourceText, DoseMatch statedTotal, String escalation) {
    public EscalationStep(String label, SubjectRange subjects, Integer size, String intervention, DoseMatch dose,
                          String doseText, Administration administration, String gate, String sourceText) {
        this(label, subjects, size, intervention, dose, doseText, administration, gate, sourceText, null, null);
    }

    public EscalationStep(String label, SubjectRange subjects, Integer size, String intervention, DoseMatch dose,
                          String doseText, Administration administration, String gate, String sourceText,
                          DoseMatch statedTotal) {
        this(label, subjects, size, intervention, dose, doseText, administration, gate, sourceText, statedTotal, null);
    }

    public EscalationStep {
        administration = administration == null ? Administration.NONE : administration;
    }

    public EscalationStep withGate(String newGate) {
        return new EscalationStep(label, subjects, size, intervention, dose, doseText, administration, newGate, sourceText,
                statedTotal, escalation);
    }

    public EscalationStep withIntervention(String name) {
        return new EscalationStep(label, subjects, size, name, dose, doseText, administration, gate, sourceText, statedTotal,
                escalation);
    }

    public EscalationStep withEscalation(String name) {
        return new EscalationStep(label, subjects, size, intervention, dose, doseText, administration, gate, sourceText,
                statedTotal, name);
    }
}
