package org.trialworkbench.analysis.merge;

import java.util.Comparator;
import java.util.List;

/**
 * Which source is shown first when sources disagree: registry exports with typed fields before
 * page copies, the official registry's pages before aggregators, and a page without labels last.
 */
public final class SourceRanking {
    private static final List<String> ORDER = List.of(
            "workbench-json", "ctgov-json", "ctgov-xml", "ctgov-v1-json", "ictrp-xml", "euctr-page",
            "ctgov-tabular-text", "jrct-text", "ctgov-field-dump", "aggregator-text");

    public static final Comparator<SourcedTrial> MOST_STRUCTURED_FIRST =
            Comparator.comparingInt(s -> rank(s.source().format()));

    private SourceRanking() {
    }

    public static int rank(String format) {
        int i = ORDER.indexOf(format);
        return i < 0 ? ORDER.size() : i;
    }
}
