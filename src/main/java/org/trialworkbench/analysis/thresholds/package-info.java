/**
 * Reading numeric limits from one criterion ({@link org.trialworkbench.analysis.thresholds.ThresholdReader}).
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Data, not code:</b> parameters with canonical unit and plausible range ({@code parameters.csv}),
 *       synonyms ({@code synonyms.csv}) and unit spellings with conversion factors ({@code units.csv}) are
 *       resources next to these classes. Adding a parameter or unit needs no code change.</li>
 *   <li><b>No parameter, no threshold.</b> A number is read only when a parameter name is before it in the same
 *       clause, right after it, or inherited from an expression chained by "and/or" ("BMI &gt;18 and &lt;35");
 *       age is inferred only for ranges in years with no duration wording (flag PARAMETER_INFERRED).</li>
 *   <li><b>Doubt is flagged, never normalized:</b> a unit the parameter is not measured in, a missing unit, or a
 *       value outside the plausible range gives {@code normalized = null} and flags; a unique plausible unit
 *       is offered as {@code LIKELY_UNIT:<unit>}.</li>
 *   <li>One threshold per parameter: "VC or DLCO below 70%" and "AST/ALT ≤ 2.5 x ULN" give two.
 *       "transaminases" stays the group parameter "AST/ALT".</li>
 *   <li>Linear time: synonyms are found by a two-character index plus a direct comparison, comparators by
 *       looking at a few words before each number; no regex scans with unbounded backtracking.</li>
 * </ul>
 */
package org.trialworkbench.analysis.thresholds;
