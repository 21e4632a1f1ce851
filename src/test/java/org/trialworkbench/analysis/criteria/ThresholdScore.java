package org.trialworkbench.analysis.criteria;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trialworkbench.analysis.criteria.ThresholdLabels.Expected;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.Threshold;

/** The readings of labelled criteria scored against their labels (see {@link ThresholdLabels}). */
record ThresholdScore(int criteria, int expected, int exact, List<String> wrong, List<String> partial) {

    /** Reads each labelled criterion of the NSCLC bulk file ("index/key") and scores its thresholds. */
    static ThresholdScore of(ThresholdLabels labels, Path bulkFile) throws IOException {
        Map<String, String> texts = new HashMap<>();
        RegistrySampleTexts.fromJson(bulkFile)
                .forEach(s -> texts.put(s.source().substring(s.source().indexOf('#') + 1), s.text()));
        CriteriaReader reader = new CriteriaReader();
        int exact = 0;
        List<String> wrong = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        for (Map.Entry<String, List<Expected>> e : labels.byCriterion().entrySet()) {
            String[] id = e.getKey().split("/");
            Criterion c = reader.read(texts.get(id[0])).stream().filter(x -> x.key().equals(id[1])).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no criterion " + e.getKey()));
            List<Expected> open = new ArrayList<>(e.getValue());
            for (Threshold t : c.thresholds()) {
                Expected match = open.stream().filter(x -> ThresholdLabels.matches(x, t)).findFirst().orElse(null);
                List<Expected> range = ThresholdLabels.rangeOfTwo(open, t);
                if (match != null) {
                    open.remove(match);
                    exact++;
                } else if (!range.isEmpty()) {
                    open.removeAll(range);
                    exact += 2;
                } else if (ThresholdLabels.isPartialOf(open, t)) {
                    partial.add(e.getKey() + ": " + t);
                } else {
                    wrong.add(e.getKey() + ": " + t);
                }
            }
        }
        return new ThresholdScore(labels.byCriterion().size(), labels.total(), exact, wrong, partial);
    }

    String line(String name) {
        return String.format("%s: %d criteria, %d expected thresholds, %d exactly right (%.0f%%), %d partial, %d wrong",
                name, criteria, expected, exact, 100.0 * exact / expected, partial.size(), wrong.size());
    }
}
