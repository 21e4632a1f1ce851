package org.trialworkbench.ui.annotations;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.Trial;
import org.trialworkbench.service.CorrectedTrial;
import org.trialworkbench.service.CorrectionUseCase;
import org.trialworkbench.ui.TestTrials;

/** Corrections kept in memory for one trial; "bad" values are refused as the service refuses them. */
final class FakeCorrections implements CorrectionUseCase {
    final Map<String, Correction> byId = new LinkedHashMap<>();
    private final Trial trial = TestTrials.doseEscalation();
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public Correction correct(String trialId, String target, String field, String correctedValue, String author) {
        if ("bad".equals(correctedValue)) {
            throw new IllegalArgumentException("'bad' is not a number");
        }
        Optional<Correction> existing = byId.values().stream()
                .filter(c -> c.target().equals(target) && c.field().equals(field)).findFirst();
        Correction c = new Correction(existing.map(Correction::id).orElse("c" + ids.incrementAndGet()), target, field,
                "reading", correctedValue, author, Instant.EPOCH, "anchor", false);
        byId.put(c.id(), c);
        return c;
    }

    @Override
    public void deleteCorrection(String correctionId) {
        byId.remove(correctionId);
    }

    @Override
    public Correction restoreCorrection(String trialId, Correction correction) {
        byId.put(correction.id(), correction);
        return correction;
    }

    @Override
    public Correction reanchorCorrection(String correctionId) {
        return byId.get(correctionId);
    }

    @Override
    public Optional<CorrectedTrial> corrected(String trialIdOrRegistryId) {
        return Optional.of(new CorrectedTrial(trial, trial, List.copyOf(byId.values()), List.of()));
    }

    @Override
    public List<String> correctableFields(String target) {
        return target.startsWith("criterion:") ? List.of("kind") : List.of();
    }
}
