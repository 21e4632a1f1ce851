package org.trialworkbench.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.trialworkbench.analysis.corrections.AnchorCheck;
import org.trialworkbench.analysis.corrections.TargetAnchors;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Trial;
import org.trialworkbench.store.H2Store;

/** {@link AnnotationUseCase} over the store; each change is one store transaction. */
public final class AnnotationService implements AnnotationUseCase {
    /** The export schema's annotation target. */
    static final Pattern TARGET = Pattern.compile(
            "trial|field:[A-Za-z.]+|criterion:[IE][0-9]+|outcome:[PSO][0-9]+|cohort:C[0-9]+|arm:.+|intervention:.+");

    private final H2Store store;
    private final Clock clock;

    public AnnotationService(H2Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Annotation add(String trialId, String target, String tag, String note, String author) {
        if (target == null || !TARGET.matcher(target).matches()) {
            throw new IllegalArgumentException("'" + target + "' is not an annotation target (trial, field:NAME,"
                    + " criterion:I1, outcome:P1, cohort:C1, arm:LABEL, intervention:NAME)");
        }
        requireAuthor(author);
        Trial trial = StoredTrials.load(store, trialId);
        String anchor = TargetAnchors.textOf(trial, target).orElseThrow(() ->
                new IllegalArgumentException("trial " + trial.id() + " has no " + target));
        Annotation a = new Annotation(UUID.randomUUID().toString(), target, blankToNull(tag), note == null ? "" : note,
                author.strip(), clock.instant(), null, anchor, false);
        store.write(tx -> tx.addAnnotation(trial.id(), a));
        return a;
    }

    @Override
    public Annotation update(String annotationId, String tag, String note) {
        TrialAnnotation old = find(annotationId);
        Annotation a = old.annotation();
        Annotation changed = new Annotation(a.id(), a.target(), blankToNull(tag), note == null ? "" : note, a.author(),
                a.createdAt(), clock.instant(), a.anchorText(), a.sourceChanged());
        store.write(tx -> tx.updateAnnotation(old.trialId(), changed));
        return changed;
    }

    @Override
    public void delete(String annotationId) {
        store.write(tx -> tx.deleteAnnotation(annotationId));
    }

    @Override
    public Annotation restore(String trialId, Annotation annotation) {
        if (annotation.id() == null) {
            throw new IllegalArgumentException("only an annotation with its id can be restored");
        }
        String id = StoredTrials.load(store, trialId).id();
        boolean stored = store.trialIdOfAnnotation(annotation.id()).isPresent();
        store.write(tx -> {
            if (stored) {
                tx.updateAnnotation(id, annotation);
            } else {
                tx.addAnnotation(id, annotation);
            }
        });
        return annotation;
    }

    @Override
    public Annotation reanchor(String annotationId) {
        TrialAnnotation found = find(annotationId);
        Trial trial = StoredTrials.load(store, found.trialId());
        Annotation a = found.annotation();
        String now = TargetAnchors.textOf(trial, a.target()).orElseThrow(() -> new IllegalArgumentException(
                "trial " + trial.id() + " no longer has " + a.target() + "; the note cannot be anchored there"));
        Annotation anchored = a.withAnchor(now, false);
        store.write(tx -> tx.updateAnnotation(found.trialId(), anchored));
        return anchored;
    }

    @Override
    public List<TrialAnnotation> list(Collection<String> trialIds, AnnotationFilter filter) {
        List<String> ids = trialIds.stream().map(id -> store.resolveId(id).orElse(id)).distinct().toList();
        var stored = store.annotationsOf(ids);
        List<TrialAnnotation> result = new ArrayList<>();
        for (String id : ids) {
            if (!stored.containsKey(id)) {
                continue;
            }
            Trial trial = store.load(id).orElse(null);
            for (Annotation a : stored.get(id)) {
                Annotation checked = trial == null ? a : AnchorCheck.check(trial, a);
                if (filter.matches(checked)) {
                    result.add(new TrialAnnotation(id, checked));
                }
            }
        }
        return result;
    }

    private TrialAnnotation find(String annotationId) {
        String trialId = store.trialIdOfAnnotation(annotationId).orElseThrow(() ->
                new IllegalArgumentException("no stored annotation has the id " + annotationId));
        return store.annotationsOf(List.of(trialId)).getOrDefault(trialId, List.of()).stream()
                .filter(a -> a.id().equals(annotationId)).findFirst().map(a -> new TrialAnnotation(trialId, a))
                .orElseThrow(() -> new IllegalArgumentException("no stored annotation has the id " + annotationId));
    }

    static void requireAuthor(String author) {
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("a note needs its author");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
