/**
 * Trials lined up for comparison: the rows of the Eligibility, Outcome schedule and Dose cohorts
 * panels, computed by {@code analysis.compare} and shown by the window and the exports alike.
 */
package org.trialworkbench.model.comparison;
