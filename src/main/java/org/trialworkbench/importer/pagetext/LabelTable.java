package org.trialworkbench.importer.pagetext;

import java.util.HashMap;
import java.util.Map;

/** A table of page labels (normalized) and the fields they stand for, read from a resource. */
final class LabelTable {
    static final LabelTable AGGREGATOR = new LabelTable("aggregator-labels.tsv");
    static final LabelTable FIELD_DUMP = new LabelTable("field-dump-labels.tsv");
    static final LabelTable TABULAR = new LabelTable("tabular-labels.tsv");

    private final Map<String, PageField> labels = new HashMap<>();

    private LabelTable(String resource) {
        for (String[] row : Resources.table(resource, 2)) {
            labels.put(PageText.normalize(row[0]), PageField.valueOf(row[1]));
        }
    }

    /** The field a label stands for; null when the text is no known label. */
    PageField field(String label) {
        if (label == null || label.length() > 80) {
            return null;
        }
        return labels.get(PageText.normalize(label));
    }
}
