package org.trialworkbench.ui.annotations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.service.AnnotationFilter;
import org.trialworkbench.service.AnnotationUseCase;
import org.trialworkbench.service.TrialAnnotation;

/** Notes kept in memory, with the use case's contract (ids, times, restore keeps everything). */
final class FakeAnnotations implements AnnotationUseCase {
    /** trial id → (annotation id → annotation), in insertion order. */
    final Map<String, Map<String, Annotation>> byTrial = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private long clock = 1_700_000_000L;

    @Override
    public Annotation add(String trialId, String target, String tag, String note, String author) {
        if (author == null || author.isBlank()) {
            throw new IllegalArgumentException("a note needs its author");
        }
        Annotation a = new Annotation("a" + ids.incrementAndGet(), target, tag, note == null ? "" : note, author,
                tick(), null, "anchor of " + target, false);
        byTrial.computeIfAbsent(trialId, k -> new LinkedHashMap<>()).put(a.id(), a);
        return a;
    }

    @Override
    public Annotation update(String annotationId, String tag, String note) {
        String trialId = trialOf(annotationId);
        Annotation a = byTrial.get(trialId).get(annotationId);
        Annotation changed = new Annotation(a.id(), a.target(), tag, note, a.author(), a.createdAt(), tick(),
                a.anchorText(), a.sourceChanged());
        byTrial.get(trialId).put(a.id(), changed);
        return changed;
    }

    @Override
    public void delete(String annotationId) {
        byTrial.values().forEach(m -> m.remove(annotationId));
    }

    @Override
    public Annotation restore(String trialId, Annotation annotation) {
        byTrial.computeIfAbsent(trialId, k -> new LinkedHashMap<>()).put(annotation.id(), annotation);
        return annotation;
    }

    @Override
    public Annotation reanchor(String annotationId) {
        String trialId = trialOf(annotationId);
        Annotation anchored = byTrial.get(trialId).get(annotationId).withAnchor("current source", false);
        byTrial.get(trialId).put(annotationId, anchored);
        return anchored;
    }

    @Override
    public List<TrialAnnotation> list(Collection<String> trialIds, AnnotationFilter filter) {
        List<TrialAnnotation> result = new ArrayList<>();
        for (String id : trialIds) {
            byTrial.getOrDefault(id, Map.of()).values().stream().filter(filter::matches)
                    .forEach(a -> result.add(new TrialAnnotation(id, a)));
        }
        return result;
    }

    /** The stored note with this id, or null. */
    Annotation stored(String annotationId) {
        return byTrial.values().stream().map(m -> m.get(annotationId)).filter(a -> a != null).findFirst().orElse(null);
    }

    int count() {
        return byTrial.values().stream().mapToInt(Map::size).sum();
    }

    private String trialOf(String annotationId) {
        return byTrial.entrySet().stream().filter(e -> e.getValue().containsKey(annotationId)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no stored annotation has the id "
                        + annotationId));
    }

    private Instant tick() {
        return Instant.ofEpochSecond(clock += 60);
    }
}
