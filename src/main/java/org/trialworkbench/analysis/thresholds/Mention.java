package org.trialworkbench.analysis.thresholds;

/** A parameter name found in a criterion text at [start, end). */
record Mention(int start, int end, String parameter) {
}
