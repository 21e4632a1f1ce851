package org.trialworkbench.ui.annotations;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Recurrence;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.model.Trial;

/**
 * A correctable value of a trial as text, in the spelling the correction service reads back
 * ({@code 12 MONTH}, {@code 0 DAY "Baseline"; 12 MONTH}, {@code 10 mg/kg}, {@code 4-7}), so the
 * correction dialog can show the reading and start the edit from it. The window may not use the
 * readers, so this mirrors the service's value syntax on the model alone (a test holds the two
 * together on real trials).
 */
final class ReadingValues {
    private static final Pattern TARGET = Pattern.compile("(criterion|outcome|cohort):([A-Za-z0-9]+)(?:/threshold:([0-9]+))?");

    private ReadingValues() {
    }

    /** The value, {@code Optional.of(null)}-free: empty when none is stated or the target is missing. */
    static Optional<String> of(Trial trial, String target, String field) {
        Matcher m = TARGET.matcher(target);
        if (!m.matches()) {
            return Optional.empty();
        }
        String key = m.group(2);
        return switch (m.group(1)) {
            case "criterion" -> criterion(trial, key).flatMap(c -> m.group(3) == null ? criterionValue(c, field)
                    : threshold(c, Integer.parseInt(m.group(3))).flatMap(t -> thresholdValue(t, field)));
            case "outcome" -> trial.outcomes().stream().filter(o -> o.key().equals(key)).findFirst()
                    .flatMap(o -> outcomeValue(o, field));
            default -> trial.cohorts().stream().filter(c -> c.key().equals(key)).findFirst()
                    .flatMap(c -> cohortValue(c, field));
        };
    }

    /** The targets a reviewer can correct for a selected criterion: itself and each of its thresholds. */
    static List<String> correctionTargets(Trial trial, String selected) {
        List<String> targets = new ArrayList<>(List.of(selected));
        Matcher m = TARGET.matcher(selected);
        if (m.matches() && "criterion".equals(m.group(1)) && m.group(3) == null) {
            criterion(trial, m.group(2)).ifPresent(c -> {
                for (int i = 0; i < c.thresholds().size(); i++) {
                    targets.add(selected + "/threshold:" + i);
                }
            });
        }
        return targets;
    }

    /** A threshold's parameter, for labels; empty when the target is not a threshold of the trial. */
    static Optional<String> thresholdParameter(Trial trial, String target) {
        Matcher m = TARGET.matcher(target);
        if (!m.matches() || m.group(3) == null) {
            return Optional.empty();
        }
        return criterion(trial, m.group(2)).flatMap(c -> threshold(c, Integer.parseInt(m.group(3))))
                .map(Threshold::parameter);
    }

    private static Optional<Criterion> criterion(Trial trial, String key) {
        return trial.eligibility() == null ? Optional.empty()
                : trial.eligibility().criteria().stream().filter(c -> c.key().equals(key)).findFirst();
    }

    private static Optional<Threshold> threshold(Criterion c, int index) {
        return index < c.thresholds().size() ? Optional.of(c.thresholds().get(index)) : Optional.empty();
    }

    private static Optional<String> criterionValue(Criterion c, String field) {
        return "kind".equals(field) ? Optional.of(c.kind().name()) : Optional.empty();
    }

    private static Optional<String> thresholdValue(Threshold t, String field) {
        return Optional.ofNullable(switch (field) {
            case "parameter" -> t.parameter();
            case "comparator" -> t.comparator().symbol();
            case "value" -> number(t.value());
            case "upper" -> t.upper() == null ? null : number(t.upper());
            case "unit" -> t.unit();
            default -> null;
        });
    }

    private static Optional<String> outcomeValue(Outcome o, String field) {
        Recurrence r = o.schedule() == null ? null : o.schedule().recurrence();
        return Optional.ofNullable(switch (field) {
            case "timePoints" -> o.schedule() == null ? null
                    : String.join("; ", o.schedule().timePoints().stream().map(ReadingValues::offset).toList());
            case "recurrence.every" -> r == null ? null : offset(r.every());
            case "recurrence.until" -> r == null || r.until() == null ? null : offset(r.until());
            default -> null;
        });
    }

    private static Optional<String> cohortValue(Cohort c, String field) {
        return Optional.ofNullable(switch (field) {
            case "size" -> c.size() == null ? null : c.size().toString();
            case "subjects" -> c.subjects() == null ? null : c.subjects().from() + "-" + c.subjects().to();
            case "intervention" -> c.intervention();
            case "dose" -> quantity(c.dose());
            case "administrations" -> c.administrations() == null ? null : c.administrations().toString();
            case "interval" -> c.interval() == null ? null : offset(c.interval());
            case "cumulativeDose" -> quantity(c.cumulativeDose());
            default -> null;
        });
    }

    static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String offset(Offset o) {
        String base = number(o.value()) + " " + o.unit().name();
        return o.label() == null ? base : base + " \"" + o.label().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String quantity(Quantity q) {
        return q == null ? null : q.unit() == null ? number(q.value()) : number(q.value()) + " " + q.unit();
    }
}
