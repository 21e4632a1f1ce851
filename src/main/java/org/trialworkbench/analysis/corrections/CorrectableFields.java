package org.trialworkbench.analysis.corrections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.trialworkbench.analysis.corrections.CorrectionValues.Type;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Recurrence;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.SubjectRange;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.analysis.thresholds.ThresholdRenormalizer;

/**
 * The values a reviewer may correct, per target kind: how each is read as text and how a value
 * in text is put in. A threshold whose parameter, lower value or unit is corrected is normalized again from
 * the corrected reading ({@link ThresholdRenormalizer}): a stale quantity would compare wrongly, and a
 * stale "unit implausible" would doubt a unit the reviewer has just put right.
 */
public final class CorrectableFields {

    /** One correctable value of targets of type {@code T}. */
    public record Field<T>(String name, Type type, boolean optional, Function<T, String> read,
                           BiFunction<T, String, T> write) {
        /** The field's value put in from text; empty text for an optional field is "none stated". */
        public T put(T target, String text) {
            if (CorrectionValues.isEmpty(text) && !optional) {
                throw new IllegalArgumentException(name + " cannot be empty");
            }
            return write.apply(target, CorrectionValues.isEmpty(text) ? null : text.strip());
        }
    }

    private static final Map<String, Field<Criterion>> CRITERION = index(List.of(
            new Field<Criterion>("kind", Type.KIND, false, c -> c.kind().name(),
                    (c, v) -> new Criterion(c.key(), CorrectionValues.parseKind(v), c.text(), c.thresholds(),
                            c.kindInferred()))));

    private static final Map<String, Field<Threshold>> THRESHOLD = index(List.of(
            new Field<Threshold>("parameter", Type.TEXT, false, Threshold::parameter,
                    (t, v) -> ThresholdRenormalizer.renormalize(new Threshold(v, t.text(), t.comparator(), t.value(),
                            t.upper(), t.unit(), null, t.flags()))),
            new Field<Threshold>("comparator", Type.COMPARATOR, false, t -> t.comparator().symbol(),
                    (t, v) -> new Threshold(t.parameter(), t.text(), CorrectionValues.parseComparator(v), t.value(),
                            t.upper(), t.unit(), t.normalized(), t.flags())),
            new Field<Threshold>("value", Type.NUMBER, false, t -> CorrectionValues.number(t.value()),
                    (t, v) -> ThresholdRenormalizer.renormalize(new Threshold(t.parameter(), t.text(), t.comparator(),
                            CorrectionValues.parseNumber(v), t.upper(), t.unit(), null, t.flags()))),
            new Field<Threshold>("upper", Type.NUMBER, true, t -> t.upper() == null ? null : CorrectionValues.number(t.upper()),
                    // The normalized quantity is the lower bound's: an upper bound changes nothing there.
                    (t, v) -> new Threshold(t.parameter(), t.text(), t.comparator(), t.value(),
                            v == null ? null : CorrectionValues.parseNumber(v), t.unit(), t.normalized(), t.flags())),
            new Field<Threshold>("unit", Type.TEXT, true, Threshold::unit,
                    (t, v) -> ThresholdRenormalizer.renormalize(new Threshold(t.parameter(), t.text(), t.comparator(),
                            t.value(), t.upper(), v, null, t.flags())))));

    private static final Map<String, Field<Outcome>> OUTCOME = index(List.of(
            new Field<Outcome>("timePoints", Type.OFFSET_LIST, true,
                    o -> o.schedule() == null ? null : CorrectionValues.offsets(o.schedule().timePoints()),
                    (o, v) -> o.withSchedule(schedule(o.schedule(),
                            v == null ? List.of() : CorrectionValues.parseOffsets(v), recurrence(o)))),
            new Field<Outcome>("recurrence.every", Type.OFFSET, true,
                    o -> recurrence(o) == null ? null : CorrectionValues.offset(recurrence(o).every()),
                    (o, v) -> o.withSchedule(schedule(o.schedule(), timePoints(o), v == null ? null
                            : new Recurrence(CorrectionValues.parseOffset(v), until(o))))),
            new Field<Outcome>("recurrence.until", Type.OFFSET, true,
                    o -> until(o) == null ? null : CorrectionValues.offset(until(o)),
                    (o, v) -> o.withSchedule(schedule(o.schedule(), timePoints(o),
                            new Recurrence(requireEvery(o), v == null ? null : CorrectionValues.parseOffset(v)))))));

    private static final Map<String, Field<Cohort>> COHORT = index(List.of(
            new Field<Cohort>("size", Type.INTEGER, true, c -> c.size() == null ? null : c.size().toString(),
                    (c, v) -> cohort(c, b -> b.size = v == null ? null : CorrectionValues.parseInteger(v))),
            new Field<Cohort>("subjects", Type.RANGE, true,
                    c -> c.subjects() == null ? null : CorrectionValues.range(c.subjects()),
                    (c, v) -> cohort(c, b -> b.subjects = v == null ? null : CorrectionValues.parseRange(v))),
            new Field<Cohort>("intervention", Type.TEXT, true, Cohort::intervention,
                    (c, v) -> cohort(c, b -> b.intervention = v)),
            new Field<Cohort>("dose", Type.QUANTITY, true,
                    c -> c.dose() == null ? null : CorrectionValues.quantity(c.dose()),
                    (c, v) -> cohort(c, b -> b.dose = v == null ? null : CorrectionValues.parseQuantity(v))),
            new Field<Cohort>("administrations", Type.INTEGER, true,
                    c -> c.administrations() == null ? null : c.administrations().toString(),
                    (c, v) -> cohort(c, b -> b.administrations = v == null ? null : CorrectionValues.parseInteger(v))),
            new Field<Cohort>("interval", Type.OFFSET, true,
                    c -> c.interval() == null ? null : CorrectionValues.offset(c.interval()),
                    (c, v) -> cohort(c, b -> b.interval = v == null ? null : CorrectionValues.parseOffset(v))),
            new Field<Cohort>("cumulativeDose", Type.QUANTITY, true,
                    c -> c.cumulativeDose() == null ? null : CorrectionValues.quantity(c.cumulativeDose()),
                    (c, v) -> cohort(c, b -> b.cumulativeDose = v == null ? null : CorrectionValues.parseQuantity(v)))));

    private CorrectableFields() {
    }

    public static Optional<Field<Criterion>> criterion(String name) {
        return Optional.ofNullable(CRITERION.get(name));
    }

    public static Optional<Field<Threshold>> threshold(String name) {
        return Optional.ofNullable(THRESHOLD.get(name));
    }

    public static Optional<Field<Outcome>> outcome(String name) {
        return Optional.ofNullable(OUTCOME.get(name));
    }

    public static Optional<Field<Cohort>> cohort(String name) {
        return Optional.ofNullable(COHORT.get(name));
    }

    /** The names of the fields a target of this kind has, in display order. */
    public static List<String> names(TargetRef.Kind kind) {
        return new ArrayList<>(switch (kind) {
            case CRITERION -> CRITERION.keySet();
            case THRESHOLD -> THRESHOLD.keySet();
            case OUTCOME -> OUTCOME.keySet();
            case COHORT -> COHORT.keySet();
        });
    }

    private static <T> Map<String, Field<T>> index(List<Field<T>> fields) {
        Map<String, Field<T>> map = new LinkedHashMap<>();
        fields.forEach(f -> map.put(f.name(), f));
        return map;
    }

    private static Recurrence recurrence(Outcome o) {
        return o.schedule() == null ? null : o.schedule().recurrence();
    }

    private static Offset until(Outcome o) {
        return recurrence(o) == null ? null : recurrence(o).until();
    }

    private static List<Offset> timePoints(Outcome o) {
        return o.schedule() == null ? List.of() : o.schedule().timePoints();
    }

    private static Offset requireEvery(Outcome o) {
        if (recurrence(o) == null) {
            throw new IllegalArgumentException("an end of the recurrence needs the recurrence itself: correct"
                    + " recurrence.every first");
        }
        return recurrence(o).every();
    }

    /**
     * A schedule with new points or recurrence. A schedule saying nothing (no point, no
     * recurrence, nothing unread) is no reading at all: null, as a reader leaves an unread time frame.
     */
    private static Schedule schedule(Schedule old, List<Offset> points, Recurrence recurrence) {
        List<String> unread = old == null ? List.of() : old.unreadParts();
        if (points.isEmpty() && recurrence == null && unread.isEmpty()) {
            return null;
        }
        return new Schedule(points, recurrence, unread, old == null ? null : old.fromMeasure());
    }

    /** Mutable copy of a cohort's correctable parts. */
    private static final class CohortParts {
        Integer size;
        SubjectRange subjects;
        String intervention;
        Quantity dose;
        Integer administrations;
        Offset interval;
        Quantity cumulativeDose;
    }

    private static Cohort cohort(Cohort c, Consumer<CohortParts> change) {
        CohortParts b = new CohortParts();
        b.size = c.size();
        b.subjects = c.subjects();
        b.intervention = c.intervention();
        b.dose = c.dose();
        b.administrations = c.administrations();
        b.interval = c.interval();
        b.cumulativeDose = c.cumulativeDose();
        change.accept(b);
        return new Cohort(c.key(), c.sequence(), c.label(), b.subjects, b.size, b.intervention, b.dose, c.doseText(),
                b.administrations, b.interval, b.cumulativeDose, c.gate(), c.sourceText(), c.escalation());
    }
}
