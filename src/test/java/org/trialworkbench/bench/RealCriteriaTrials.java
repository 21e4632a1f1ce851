package org.trialworkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.trialworkbench.analysis.TrialReader;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.importer.ctgov.CtgovJsonImporter;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.Trial;

/**
 * Trials with exactly N criteria each, all read from real ClinicalTrials.gov records by the real
 * importer and {@link TrialReader}: the records with the most criteria, each topped up with
 * criteria of the records not chosen (re-keyed I/E in order) when it has fewer than N, and cut
 * to N when it has more. No criterion text is made up.
 */
final class RealCriteriaTrials {
    private RealCriteriaTrials() {
    }

    static List<Trial> load(Path ctgovJson, int trialCount, int criteriaPerTrial) throws IOException {
        List<Trial> read = readAll(ctgovJson);
        read.sort(Comparator.comparingInt((Trial t) -> t.eligibility().criteria().size()).reversed()
                .thenComparing(Trial::id));
        if (read.size() < trialCount) {
            throw new IllegalStateException("only " + read.size() + " records in " + ctgovJson);
        }
        Deque<Criterion> spare = new ArrayDeque<>();
        read.subList(trialCount, read.size()).forEach(t -> spare.addAll(t.eligibility().criteria()));
        List<Trial> trials = new ArrayList<>();
        for (Trial t : read.subList(0, trialCount)) {
            List<Criterion> criteria = new ArrayList<>(t.eligibility().criteria());
            while (criteria.size() < criteriaPerTrial && !spare.isEmpty()) {
                criteria.add(spare.poll());
            }
            if (criteria.size() < criteriaPerTrial) {
                throw new IllegalStateException("not enough real criteria for " + trialCount + " × " + criteriaPerTrial);
            }
            trials.add(t.toBuilder().eligibility(t.eligibility()
                    .withCriteria(rekeyed(criteria.subList(0, criteriaPerTrial)))).build());
        }
        return trials;
    }

    /** I1.. and E1.. in list order, so criteria taken from another record keep unique keys. */
    private static List<Criterion> rekeyed(List<Criterion> criteria) {
        List<Criterion> out = new ArrayList<>();
        int inclusion = 0;
        int exclusion = 0;
        for (Criterion c : criteria) {
            String key = c.kind() == CriterionKind.EXCLUSION ? "E" + ++exclusion : "I" + ++inclusion;
            out.add(new Criterion(key, c.kind(), c.text(), c.thresholds(), c.kindInferred()));
        }
        return out;
    }

    private static List<Trial> readAll(Path ctgovJson) throws IOException {
        TrialReader reader = new TrialReader();
        List<Trial> trials = new ArrayList<>();
        new CtgovJsonImporter().parse(new BytesDocument(ctgovJson.getFileName().toString(), Files.readAllBytes(ctgovJson)),
                new RecordSink() {
                    @Override
                    public void accept(ParsedRecord record) {
                        trials.add(reader.read(record.trial()));
                    }

                    @Override
                    public void fail(String location, String reason) {
                        System.err.println("unread " + location + ": " + reason);
                    }
                });
        return trials;
    }
}
