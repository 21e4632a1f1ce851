package org.trialworkbench.ui.trialview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trialworkbench.model.Conflict;
import org.trialworkbench.model.ConflictValue;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.EnrollmentType;
import org.trialworkbench.model.FieldProvenance;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;
import org.trialworkbench.service.MergeOffer;
import org.trialworkbench.service.SourceInfo;
import org.trialworkbench.service.SplitResult;
import org.trialworkbench.service.TrialMaintenanceException;
import org.trialworkbench.service.TrialMaintenanceUseCase;

/**
 * A maintenance service over a few trials in memory: NCT01000001 merged from a ctgov-json and an
 * aggregator page that disagree on enrollment, and a local record with the same official title.
 * Records every split and merge it is asked for.
 */
final class FakeMaintenance implements TrialMaintenanceUseCase {
    static final Instant AT = Instant.parse("2026-11-22T01:00:00Z");
    static final SourceRef JSON = new SourceRef("ctgov-json", "/data/NCT01000001.json", "a".repeat(64), AT);
    static final SourceRef PAGE = new SourceRef("aggregator-text", "/data/page.txt", "b".repeat(64), AT);
    static final SourceRef LOCAL = new SourceRef("ctgov-field-dump", "/data/dump.txt", "c".repeat(64), AT);
    static final String LOCAL_ID = "local-0123456789ab";

    final Map<String, Trial> trials = new HashMap<>();
    final List<String> splits = new ArrayList<>();
    final List<String> merges = new ArrayList<>();
    String refuseSplitWith;

    FakeMaintenance() {
        trials.put("NCT01000001", merged());
        trials.put(LOCAL_ID, Trial.builder().id(LOCAL_ID).briefTitle("Dump of the same study").officialTitle("Same title")
                .sources(List.of(LOCAL)).provenance(List.of(new FieldProvenance("briefTitle", List.of(LOCAL.file()))))
                .build());
    }

    private static Trial merged() {
        return Trial.builder().id("NCT01000001").briefTitle("Inhaled compound in lung fibrosis").officialTitle("Same title")
                .sources(List.of(JSON, PAGE)).enrollment(new Enrollment(60, EnrollmentType.ESTIMATED))
                .conflicts(List.of(new Conflict("enrollment", List.of(
                        new ConflictValue("60 (ESTIMATED)", JSON.format(), JSON.file()),
                        new ConflictValue("80", PAGE.format(), PAGE.file())))))
                .provenance(List.of(new FieldProvenance("briefTitle", List.of(JSON.file(), PAGE.file())),
                        new FieldProvenance("enrollment", List.of(JSON.file(), PAGE.file()))))
                .build();
    }

    @Override
    public Optional<Trial> trial(String id) {
        return Optional.ofNullable(trials.get(id));
    }

    @Override
    public List<SourceInfo> sources(String trialId) {
        Trial t = trials.get(trialId);
        if (t == null) {
            return List.of();
        }
        return t.sources().stream().map(r -> new SourceInfo(r.format(), r.file(), r.sha256(), r.importedAt(), 1,
                t.provenance().stream().filter(p -> p.sourceFiles().contains(r.file())).map(FieldProvenance::field)
                        .toList())).toList();
    }

    @Override
    public SplitResult split(String trialId, String sha) {
        splits.add(trialId + " " + sha);
        if (refuseSplitWith != null) {
            throw new TrialMaintenanceException(refuseSplitWith);
        }
        Trial t = trials.get(trialId);
        SourceRef out = t.sources().stream().filter(r -> r.sha256().equals(sha)).findFirst().orElseThrow();
        Trial remaining = t.toBuilder().sources(t.sources().stream().filter(r -> r != out).toList())
                .conflicts(List.of()).provenance(List.of(new FieldProvenance("enrollment", List.of(JSON.file()))))
                .build();
        Trial splitOut = Trial.builder().id("NCT01000002").briefTitle("Split out").sources(List.of(out)).build();
        trials.put(remaining.id(), remaining);
        trials.put(splitOut.id(), splitOut);
        return new SplitResult(remaining, splitOut);
    }

    @Override
    public List<MergeOffer> mergeOffers() {
        return trials.containsKey(LOCAL_ID) ? List.of(new MergeOffer(LOCAL_ID, "NCT01000001", "Same title"))
                : List.of();
    }

    @Override
    public Trial merge(String keepTrialId, String otherTrialId) {
        merges.add(keepTrialId + " + " + otherTrialId);
        Trial nct = trials.get("NCT01000001");
        Trial merged = nct.toBuilder().sources(List.of(JSON, PAGE, LOCAL)).build();
        trials.remove(LOCAL_ID);
        trials.put(merged.id(), merged);
        return merged;
    }

    @Override
    public void keepApart(String trialId, String otherTrialId) {
        merges.add(trialId + " apart from " + otherTrialId);
    }
}
