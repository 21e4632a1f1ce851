package org.trialworkbench.service;

import org.trialworkbench.model.Trial;

/**
 * The two trials a split leaves: the remaining sources merged again, and the source taken out as
 * a trial of its own. Both are stored, and blocked from being merged again by an import.
 */
public record SplitResult(Trial remaining, Trial splitOut) {
}
