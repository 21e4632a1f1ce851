package org.trialworkbench.ui.cohorts;

import java.util.List;

/** One colour per compared trial, by position, shared by the table headers and the chart lines. */
final class TrialColors {
    private static final List<String> PALETTE = List.of("#2f6db3", "#d1495b", "#2a9d8f", "#e09f3e", "#6a4c93", "#7a6a58");

    private final List<String> trialIds;

    TrialColors(List<String> trialIds) {
        this.trialIds = List.copyOf(trialIds);
    }

    /** The trial's colour as a CSS colour; trials not compared get the last colour. */
    String of(String trialId) {
        int i = trialIds.indexOf(trialId);
        return PALETTE.get(i < 0 ? PALETTE.size() - 1 : i % PALETTE.size());
    }
}
