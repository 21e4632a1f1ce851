package org.trialworkbench.service;

import org.trialworkbench.model.Annotation;

/** An annotation with the id of the trial it belongs to (lists span several trials). */
public record TrialAnnotation(String trialId, Annotation annotation) {
}
