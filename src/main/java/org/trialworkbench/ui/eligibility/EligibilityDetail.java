package org.trialworkbench.ui.eligibility;

import org.trialworkbench.model.FlagText;
import java.util.List;

/**
 * What the detail pane shows for the selected cell.
 *
 * @param heading   "NCT00962923 · E3 · exclusion" or "NCT00962923 · Minimum age"
 * @param reading   the cell's display text ("> 1.36 mg/dL"), or a sentence when nothing is stated
 * @param source    the criterion's full source text cut around the span read (empty for fields)
 * @param kindText  "exclusion", "inclusion (kind inferred: no header in the source)", or "stated field"
 * @param flags     the entry's flags in words
 * @param target    the annotation target this cell stands for ("criterion:E3"), null when none
 */
public record EligibilityDetail(String heading, String reading, SourceSpan source, String kindText,
                                List<FlagText> flags, String target) {
    public EligibilityDetail {
        flags = List.copyOf(flags);
    }
}
