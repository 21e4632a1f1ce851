/**
 * Splitting eligibility text into keyed criteria ({@link org.trialworkbench.analysis.criteria.CriteriaReader}).
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Sub-items stay in their parent.</b> A top-level item and everything nested under it is one criterion
 *       (its text keeps the nested markers). Splitting children out with a copied lead-in would duplicate words
 *       and make the nothing-dropped check meaningless; thresholds are still read from the whole text.</li>
 *   <li><b>Nesting</b> comes from indentation when the source has it (ctgov markdown/XML) and from a change of
 *       marker style under a lead-in ("Organ function:" then "a) ...") when it does not (copied web text).</li>
 *   <li><b>Paragraph criteria</b> (jRCT) are split only at enumerations that count (a, b / 1, 2) with at least two
 *       members; the first style seen is the top level. Text before the first marker is its own criterion.</li>
 *   <li><b>Headerless lists</b> are split into inclusion/exclusion only on a numbering restart whose first item
 *       reads like an exclusion; otherwise all are inclusions. Either way {@code kindInferred} is true.</li>
 *   <li><b>Header qualifiers</b> ("Inclusion Criteria (ARDS cohort):") are not header words: the qualifier stays as
 *       a criterion text of its own so no information is lost.</li>
 *   <li><b>Flattened nested lists</b> (the ICTRP export drops indentation): a list restarting at 1 right under an item's
 *       own lead-in ("5. … of the following:") is nested in that item, and it is continued only by the number counting on
 *       from it; the outer list resumes at its own next number.</li>
 *   <li><b>Group headers</b> ("MCI Inclusion Criteria:", "Transplant Exclusion:", "Inclusion Criteria Stage 1") switch the
 *       kind and become a criterion of their own naming the group; they never own the items indented under them. One naming
 *       both kinds ("… Inclusion/Exclusion:") ends the kind before it (its items' kind is inferred).</li>
 *   <li><b>Notes</b>: a "Note:" paragraph between two items belongs to the item above it; after the last item it stays apart.</li>
 *   <li>Items without any letter or digit (table residue "|", bare "-", the ICTRP ";" join line) are not criteria.</li>
 * </ul>
 */
package org.trialworkbench.analysis.criteria;
