package org.trialworkbench.analysis.criteria;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides where exclusion criteria begin in a list that has no inclusion/exclusion headers.
 *
 * <p>Evidence is a numbering restart: an item stating number n (its marker, or a marker kept at
 * the start of its text as in "- (4) HIV ...") with n-1 unnumbered items before it marks a list
 * that began n-1 items earlier; a stated "1" after the first item is a restart too. The restart is
 * accepted as the start of the exclusions only when its first item reads like an exclusion
 * ("Uncontrolled ...", "History of ...", "Pregnant ..."). Without such evidence every item is
 * inclusion. Either way the caller marks the kinds as inferred.
 */
final class KindInference {
    private static final Pattern EXCLUSION_WORDING = Pattern.compile(
            "(?:uncontrolled|history\\s+of|prior|previous|known|active|current|concurrent|concomitant|pregnan|breast-?feeding"
            + "|lactating|nursing|HIV|hepatitis|malignan|contraindicat|allerg|hypersensitiv|participation\\s+in|severe"
            + "|significant|serious|presence\\s+of|evidence\\s+of|inability|unable|unwilling|use\\s+of|treatment\\s+with"
            + "|receipt\\s+of|any\\s+(?:other\\s+)?(?:serious|significant|condition|disease)|inadequate|unstable)\\b",
            Pattern.CASE_INSENSITIVE);

    private KindInference() {
    }

    /** Index of the first exclusion item, or {@code items.size()} when all are inclusions. */
    static int firstExclusion(List<RawCriterion> items) {
        for (int j = 1; j < items.size(); j++) {
            int n = items.get(j).statedNumber();
            int listStart = n >= 1 ? j - (n - 1) : -1;
            if (listStart >= 1 && listStart <= j && unnumbered(items, listStart, j)
                    && EXCLUSION_WORDING.matcher(items.get(listStart).text()).lookingAt()) {
                return listStart;
            }
        }
        return items.size();
    }

    private static boolean unnumbered(List<RawCriterion> items, int from, int to) {
        for (int i = from; i < to; i++) {
            int n = items.get(i).statedNumber();
            if (n != 0 && n != i - from + 1) {
                return false;
            }
        }
        return true;
    }
}
