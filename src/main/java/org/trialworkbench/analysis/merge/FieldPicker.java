package org.trialworkbench.analysis.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.trialworkbench.model.Conflict;
import org.trialworkbench.model.ConflictValue;
import org.trialworkbench.model.FieldProvenance;

/**
 * Picks one value per field from sources in rank order and records, as it goes, which sources
 * state the field and where they disagree. Nothing is overwritten silently: every differing value
 * ends up in a {@link Conflict}.
 */
final class FieldPicker {
    private final List<SourcedTrial> ranked;
    private final List<Conflict> conflicts = new ArrayList<>();
    private final List<FieldProvenance> provenance = new ArrayList<>();

    FieldPicker(List<SourcedTrial> ranked) {
        this.ranked = ranked;
    }

    /** The first stated value (by rank); differing values of other sources become a conflict. */
    <T> T pick(String field, Function<SourcedTrial, T> getter) {
        return pick(field, getter, FieldPicker::sameValue);
    }

    <T> T pick(String field, Function<SourcedTrial, T> getter, java.util.function.BiPredicate<T, T> same) {
        T chosen = null;
        List<ConflictValue> values = new ArrayList<>();
        List<String> files = new ArrayList<>();
        boolean differs = false;
        for (SourcedTrial s : ranked) {
            T value = getter.apply(s);
            if (!isStated(value)) {
                continue;
            }
            files.add(s.source().file());
            values.add(new ConflictValue(ValueText.of(value), s.source().format(), s.source().file()));
            if (chosen == null) {
                chosen = value;
            } else if (!same.test(chosen, value)) {
                differs = true;
            }
        }
        if (!files.isEmpty()) {
            provenance.add(new FieldProvenance(field, files));
        }
        if (differs) {
            conflicts.add(new Conflict(field, values));
        }
        return chosen;
    }

    /** The most complete list (ties: by rank); lists are not compared item by item. */
    <T> List<T> pickList(String field, Function<SourcedTrial, List<T>> getter) {
        SourcedTrial best = null;
        for (SourcedTrial s : ranked) {
            List<T> list = getter.apply(s);
            if (!list.isEmpty() && (best == null || list.size() > getter.apply(best).size())) {
                best = s;
            }
        }
        if (best == null) {
            return List.of();
        }
        List<String> files = new ArrayList<>();
        files.add(best.source().file());
        for (SourcedTrial s : ranked) {
            if (s != best && !getter.apply(s).isEmpty()) {
                files.add(s.source().file());
            }
        }
        provenance.add(new FieldProvenance(field, files));
        return getter.apply(best);
    }

    void addProvenance(String field, List<String> files) {
        provenance.add(new FieldProvenance(field, files));
    }

    List<Conflict> conflicts() {
        return conflicts;
    }

    List<FieldProvenance> provenance() {
        return provenance;
    }

    private static boolean isStated(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof String s) {
            return !s.isBlank();
        }
        if (value instanceof List<?> l) {
            return !l.isEmpty();
        }
        return true;
    }

    static boolean sameValue(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return normalize(x).equals(normalize(y));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return new java.util.HashSet<>(x).equals(new java.util.HashSet<>(y));
        }
        return Objects.equals(a, b);
    }

    /** Case, punctuation and spacing do not make a disagreement. */
    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
