package org.trialworkbench.ui.compare;

/** The header of one compared trial's column. */
public record ComparedColumn(String trialId, String title) {
}
