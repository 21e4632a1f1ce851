package org.trialworkbench.analysis.merge;

import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;

/** One source's reading of a trial, with the source it came from. */
public record SourcedTrial(Trial trial, SourceRef source) {
}
