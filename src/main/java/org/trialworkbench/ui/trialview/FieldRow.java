package org.trialworkbench.ui.trialview;

import java.util.List;

/**
 * One key field of the viewed trial: its shown value, the sources stating it (the shown one
 * first, each as "format · file name") and whether the sources disagree on it.
 */
public record FieldRow(String field, String label, String value, List<String> sources, boolean conflicting) {
    public FieldRow {
        sources = List.copyOf(sources);
    }
}
