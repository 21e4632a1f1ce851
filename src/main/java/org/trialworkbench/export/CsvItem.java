package org.trialworkbench.export;

import java.util.List;
import org.trialworkbench.model.Annotation;

/**
 * One exported item of a trial (a field, criterion, threshold, outcome, cohort, arm, intervention,
 * conflict, source, or an annotation whose target is gone): its attributes become one CSV row
 * each; {@code sourceText} is the registry text they were read from.
 */
record CsvItem(String trialId, String type, String key, List<ItemFields.Attr> attrs, String sourceText,
               List<Annotation> annotations) {
    CsvItem {
        attrs = List.copyOf(attrs);
        annotations = List.copyOf(annotations);
    }
}
