/**
 * The Eligibility panel: {@link org.trialworkbench.ui.eligibility.EligibilityPanel} (view, built in
 * code) over {@link org.trialworkbench.ui.eligibility.EligibilityPanelViewModel} (tested without a
 * window). The rows are the shared {@code model.comparison.EligibilityComparison}, computed in the
 * background by the compare use case, so the window and the exports show the same alignment.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Cells show the aligner's {@code display} text only; the panel never computes or converts a
 *       number. A reading that was not normalized stays as written and unranked, with its flags as
 *       badges; a {@code LIKELY_UNIT} is shown as an offer ("unit implausible — umol/L?"), never applied.</li>
 *   <li>The verdict is a word ("stricter", "looser", "same"; "strictest"/"loosest" for three or more
 *       trials) next to a coloured left border, so it never depends on colour alone.</li>
 *   <li>Selecting a cell sets {@code AppState.selectedTargetProperty()}: {@code criterion:<key>} or
 *       {@code field:eligibility.<field>}; an empty cell of a criterion row selects nothing to annotate.</li>
 *   <li>Flag wording lives in {@code flags.properties}; an unknown flag is shown as written.</li>
 *   <li>The grid is virtualized (a {@code ListView} of rows, one shared column width): 6 trials ×
 *       60 criteria give ~340 rows and ~2,000 cells, and building them all as nodes took well over
 *       a second on the FX thread. Tooltips are made on first hover for the same reason. The
 *       alignment and the rows' view-model are made on the worker thread; the FX thread only
 *       filters and builds the rows in view ({@code EligibilityRenderBenchmark} in test sources).</li>
 * </ul>
 */
package org.trialworkbench.ui.eligibility;
