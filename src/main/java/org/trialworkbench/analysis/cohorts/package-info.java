/**
 * Reads dose-escalation cohorts, fixed doses and regimen steps from a {@link org.trialworkbench.model.Trial}.
 * Entry point: {@link org.trialworkbench.analysis.cohorts.CohortReader#read}. Pure functions; data
 * tables (units, routes, number words, regimen step words, escalation rules) are resource files next
 * to these classes.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>A dose is a {@code Quantity} with a plain double value and a canonical unit from
 * {@code units.tsv}: 1x10E6 cells/kg is {@code (1.0E6, "cells/kg")}; µg/ug/mcg are "ug"; mg/m² is
 * "mg/m2". "10e6" and "10E6" are read as 10^6. A number without a unit is never a dose; a range
 * ("25-50 mg") and a ceiling ("up to 1.8 mg") stay text.</li>
 * <li>The dose is per administration; for radiotherapy written as a total ("70 Gy/35 fx") the dose
 * is the per-fraction dose (stated, else total / fractions), administrations the fractions, and the
 * cumulative dose the stated total.</li>
 * <li>Cumulative dose = dose × administrations, in the dose's unit. When it cannot be computed it is
 * null and {@code doseText} ends with "[cumulative dose not computed: reason]" (reasons: "dose not
 * stated", "number of administrations not stated"). The model has no field for the reason.</li>
 * <li>A frequency without duration ("Q3W", "twice daily until progression") gives an interval and
 * no count. Only regimen steps default to one administration when no repeat is written.</li>
 * <li>A gate belongs to the step it follows: it is the condition for moving on to the next step; the
 * last step has none. An escalation rule sentence ("3+3 design ...") is the gate of every step but
 * the last.</li>
 * <li>The route is noted in {@code doseText} ("route: intravenous"); the model has no route field.</li>
 * <li>Expansion, optimization, phase II, placebo and comparator arms are not escalation steps, even
 * with a dose. Active comparators are steps only when no other arm is one.</li>
 * <li>A fixed dose is never one dose picked out of a text that gives several (a combination, or a
 * start and a later dose): it is read only when the text's doses agree, when one is named as the
 * maintenance/target dose, or when it is written right after the intervention's own first-named
 * drug; the other doses are then kept in {@code doseText} as "[other doses in the text not read:
 * ...]". A cohort of a per-cohort list whose item gives several doses keeps dose and schedule
 * unread and its words as {@code doseText}.</li>
 * <li>A count is read only when it is the number of administrations in all: "once" / "a single" /
 * "on day N" in a text saying the dose repeats, the end of a range or a ceiling ("4-6 cycles", "to 35
 * cycles"), the days of one cycle of several, and "N doses of" another amount are not counts.</li>
 * <li>A number after "±" and a volume the drug is given in ("in 100 ml saline") are not doses; a text
 * holding a dose range besides another dose has no single dose.</li>
 * <li>A step without a dose gets an intervention only when its label names it, its description starts
 * with it, or it says it escalates it; a lone "low dose" / "high dose" arm is no step; regimen clauses
 * naming one step twice are no regimen.</li>
 * </ul>
 */
package org.trialworkbench.analysis.cohorts;
