package org.trialworkbench.analysis.criteria;

import org.trialworkbench.model.CriterionKind;

/**
 * One criterion as split from the source, before keys are given: its whitespace-normalized text,
 * the kind of the section it stands in (null when no header named one), and the number its own
 * marker states (0 when none), which kind inference reads for numbering restarts.
 */
record RawCriterion(String text, CriterionKind sectionKind, int statedNumber) {
}
