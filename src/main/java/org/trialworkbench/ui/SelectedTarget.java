package org.trialworkbench.ui;

/**
 * What the reviewer has selected in a panel: a trial and an annotation target in the schema's
 * forms ({@code trial}, {@code criterion:I1}, {@code outcome:P1}, {@code cohort:C1},
 * {@code field:eligibility.minimumAge}, {@code arm:LABEL}, {@code intervention:NAME}).
 */
public record SelectedTarget(String trialId, String target) {
}
