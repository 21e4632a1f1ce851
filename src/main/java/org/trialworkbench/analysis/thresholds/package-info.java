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
 *   <li><b>Where the name stands:</b> before the comparator ("Hb &lt; 9"), between comparator and number
 *       ("≤ Grade 1", "above the age of 18"), right after the value ("≥ 15 mm in short diameter", "≥ 160 mmHg
 *       (systolic)"). Comparators that only an age has ("older than", "or younger") read as age; a bare limit in
 *       years reads as age (PARAMETER_INFERRED) only in person context ({@code age-cues.csv}).</li>
 *   <li><b>Not read, because it is not the parameter's own limit:</b> a time span for a parameter not measured
 *       in time ("fever for more than 3 days"), a score with a physical unit, a run "0 or 1" for a measured
 *       parameter, a bare "=" (in registry exports nearly always a lost "≤"/"≥"), a change ("≥ 5 mm absolute
 *       increase"), a comparator on a range ("&gt; 20-24"), a number followed by an unread power of ten, an age
 *       of someone else ({@code other-persons.csv}), names that only look like parameters
 *       ({@code not-parameters.csv}: "histologic grade").</li>
 *   <li><b>A limit that defines a category of person</b> ("post-menopausal defined as aged more than 50 years")
 *       is read as written and flagged DEFINITION ({@code definition-cues.csv}): it says who is post-menopausal,
 *       not who may enrol. A definition of the limited condition ("hypertension, defined as SBP &gt; 150 mmHg")
 *       is the trial's limit and is not flagged.</li>
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
