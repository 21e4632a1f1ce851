package org.trialworkbench.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.trialworkbench.analysis.corrections.AnchorCheck;
import org.trialworkbench.analysis.corrections.CorrectableFields;
import org.trialworkbench.analysis.corrections.CorrectionApplier;
import org.trialworkbench.analysis.corrections.TargetAnchors;
import org.trialworkbench.analysis.corrections.TargetRef;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.Trial;
import org.trialworkbench.store.H2Store;

/** {@link CorrectionUseCase} over the store; the stored trial always stays the reading. */
public final class CorrectionService implements CorrectionUseCase {
    private final H2Store store;
    private final Clock clock;

    public CorrectionService(H2Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Correction correct(String trialId, String target, String field, String correctedValue, String author) {
        AnnotationService.requireAuthor(author);
        Trial trial = StoredTrials.load(store, trialId);
        requireField(target, field);
        Optional<Correction> existing = trial.corrections().stream()
                .filter(c -> c.target().equals(target) && c.field().equals(field)).findFirst();
        String original = existing.map(Correction::originalValue).orElseGet(() -> readingOf(trial, target, field));
        String canonical = canonical(trial, target, field, correctedValue);
        if (Objects.equals(canonical, original)) {
            throw new IllegalArgumentException("the reading already says " + (original == null ? "nothing" : original)
                    + "; no correction needed");
        }
        String anchor = TargetAnchors.textOf(trial, target).orElseThrow();
        Correction c = new Correction(existing.map(Correction::id).orElse(UUID.randomUUID().toString()), target, field,
                original, canonical, author.strip(), clock.instant(), anchor, false);
        store.write(tx -> {
            if (existing.isPresent()) {
                tx.updateCorrection(trial.id(), c);
            } else {
                tx.addCorrection(trial.id(), c);
            }
        });
        return c;
    }

    @Override
    public void deleteCorrection(String correctionId) {
        store.write(tx -> tx.deleteCorrection(correctionId));
    }

    @Override
    public Correction restoreCorrection(String trialId, Correction correction) {
        String id = StoredTrials.load(store, trialId).id();
        boolean stored = store.trialIdOfCorrection(correction.id()).isPresent();
        store.write(tx -> {
            if (stored) {
                tx.updateCorrection(id, correction);
            } else {
                tx.addCorrection(id, correction);
            }
        });
        return correction;
    }

    @Override
    public Correction reanchorCorrection(String correctionId) {
        String trialId = store.trialIdOfCorrection(correctionId).orElseThrow(() ->
                new IllegalArgumentException("no stored correction has the id " + correctionId));
        Trial trial = StoredTrials.load(store, trialId);
        Correction c = trial.corrections().stream().filter(x -> x.id().equals(correctionId)).findFirst().orElseThrow();
        String anchor = TargetAnchors.textOf(trial, c.target()).orElseThrow(() -> new IllegalArgumentException(
                "trial " + trialId + " no longer has " + c.target() + "; the correction cannot be anchored there"));
        Correction anchored = new Correction(c.id(), c.target(), c.field(), readingOf(trial, c.target(), c.field()),
                c.correctedValue(), c.author(), c.createdAt(), anchor, false);
        store.write(tx -> tx.updateCorrection(trialId, anchored));
        return anchored;
    }

    @Override
    public Optional<CorrectedTrial> corrected(String trialIdOrRegistryId) {
        return store.load(trialIdOrRegistryId).map(CorrectionService::view);
    }

    /** The corrected view of a stored trial (anchors checked first). */
    static CorrectedTrial view(Trial stored) {
        Trial reading = AnchorCheck.check(stored);
        List<Correction> applied = reading.corrections().stream().filter(CorrectionApplier::applies).toList();
        List<Correction> notApplied = reading.corrections().stream().filter(c -> !CorrectionApplier.applies(c)).toList();
        return new CorrectedTrial(reading, CorrectionApplier.apply(reading), applied, notApplied);
    }

    @Override
    public List<String> correctableFields(String target) {
        return TargetRef.parse(target).map(ref -> CorrectableFields.names(ref.kind())).orElse(List.of());
    }

    private static void requireField(String target, String field) {
        List<String> fields = TargetRef.parse(target).map(ref -> CorrectableFields.names(ref.kind())).orElseThrow(() ->
                new IllegalArgumentException("'" + target + "' cannot be corrected (criterion:I1,"
                        + " criterion:I1/threshold:0, outcome:P1, cohort:C1)"));
        if (!fields.contains(field)) {
            throw new IllegalArgumentException(target + " has no field '" + field + "'; it has " + fields);
        }
    }

    private static String readingOf(Trial trial, String target, String field) {
        return CorrectionApplier.read(trial, target, field).orElseThrow(() ->
                new IllegalArgumentException("trial " + trial.id() + " has no " + target)).orElse(null);
    }

    /** The value as the field spells it: put in, then read back ("12 months" becomes "12 MONTH"). */
    private static String canonical(Trial trial, String target, String field, String value) {
        Correction probe = new Correction("probe", target, field, null, value, "probe", java.time.Instant.EPOCH, null,
                false);
        Trial put = CorrectionApplier.put(trial, probe, value, false).orElseThrow(() ->
                new IllegalArgumentException("trial " + trial.id() + " has no " + target));
        return readingOf(put, target, field);
    }
}
