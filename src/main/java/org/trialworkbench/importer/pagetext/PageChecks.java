package org.trialworkbench.importer.pagetext;

import java.util.regex.Pattern;

/** Checks made after a page is read, so that an empty field is reported, not taken as "none". */
final class PageChecks {
    private static final Pattern CRITERIA_HEADER = Pattern.compile(
            "(?i)\\s*(?:key\\s+)?(?:inclusion|exclusion)\\s+criteria\\s*:?\\s*");

    private PageChecks() {
    }

    static void eligibility(TrialDraft d, String location) {
        if (d.criteriaText == null) {
            d.warn(location, "no eligibility criteria on the page: the criteria were not read (not \"no criteria\")");
            return;
        }
        boolean onlyHeaders = d.criteriaText.lines().allMatch(l -> l.isBlank() || CRITERIA_HEADER.matcher(l).matches());
        if (onlyHeaders) {
            d.warn(location, "the eligibility criteria are empty: the page gives only the headers (\""
                    + d.criteriaText.replace("\n", "\", \"") + "\")");
        }
    }

    static void outcomesPresent(TrialDraft d, boolean pageHasOutcomeFields) {
        if (!pageHasOutcomeFields) {
            d.warn("Outcomes", "the page lists no outcome measures: outcomes were not read");
        }
    }
}
