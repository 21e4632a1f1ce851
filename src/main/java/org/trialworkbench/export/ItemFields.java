package org.trialworkbench.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.trialworkbench.model.Amounts;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.SubjectRange;
import org.trialworkbench.model.Threshold;

/**
 * The attributes of each item kind as (name, label, value) text, shared by the CSV rows and the
 * HTML and Markdown tables so that all formats state the same things. Values are raw text.
 */
final class ItemFields {

    /** One attribute: machine name (CSV {@code field}), label for people, value. */
    record Attr(String name, String label, String value) {
    }

    private ItemFields() {
    }

    static List<Attr> criterion(Criterion c) {
        return List.of(
                new Attr("kind", "Kind", ExportText.name(c.kind())),
                new Attr("kind_inferred", "Kind inferred", String.valueOf(c.kindInferred())),
                new Attr("text", "Text", c.text()));
    }

    static List<Attr> threshold(String criterionKey, Threshold t) {
        return List.of(
                new Attr("criterion_key", "Criterion", criterionKey),
                new Attr("parameter", "Parameter", t.parameter()),
                new Attr("comparator", "Comparator", t.comparator().symbol()),
                new Attr("value", "Value", ExportText.number(t.value())),
                new Attr("upper", "Upper", ExportText.number(t.upper())),
                new Attr("unit", "Unit", ExportText.orEmpty(t.unit())),
                new Attr("normalized_value", "Normalized value", t.normalized() == null ? "" : ExportText.number(t.normalized().value())),
                new Attr("normalized_unit", "Normalized unit", t.normalized() == null ? "" : ExportText.orEmpty(t.normalized().unit())),
                new Attr("flags", "Flags", String.join(", ", t.flags())),
                new Attr("span", "Span", t.text()));
    }

    static List<Attr> outcome(Outcome o) {
        return List.of(
                new Attr("kind", "Kind", ExportText.name(o.kind())),
                new Attr("measure", "Measure", o.measure()),
                new Attr("description", "Description", ExportText.orEmpty(o.description())),
                new Attr("time_frame", "Time frame", ExportText.orEmpty(o.timeFrame())),
                new Attr("time_from_measure", "Time read from the measure",
                        o.schedule() == null ? "" : ExportText.orEmpty(o.schedule().fromMeasure())),
                new Attr("schedule", "Schedule", scheduleInWords(o.schedule())),
                new Attr("unread_parts", "Not read", unread(o.schedule())));
    }

    /** A cohort's fields with plain numbers, for data (CSV). */
    static List<Attr> cohort(Cohort c) {
        return cohort(c, ItemFields::quantity, true);
    }

    /**
     * A cohort's fields with doses written for reading ("1×10⁶ cells/kg"), for the HTML and Markdown tables;
     * with the escalation only for a trial that escalates in parallel ({@code parallel}).
     */
    static List<Attr> cohortForReading(Cohort c, boolean parallel) {
        return cohort(c, q -> ExportText.orEmpty(Amounts.reading(q)), parallel);
    }

    private static List<Attr> cohort(Cohort c, Function<Quantity, String> doses, boolean withEscalation) {
        List<Attr> attrs = new ArrayList<>(List.of(
                new Attr("sequence", "Step", String.valueOf(c.sequence())),
                new Attr("label", "Label", ExportText.orEmpty(c.label()))));
        if (withEscalation) {
            attrs.add(new Attr("escalation", "Escalation", ExportText.orEmpty(c.escalation())));
        }
        attrs.addAll(List.of(
                new Attr("subjects", "Subjects", subjects(c.subjects())),
                new Attr("size", "Size", ExportText.orEmpty(c.size())),
                new Attr("intervention", "Intervention", ExportText.orEmpty(c.intervention())),
                new Attr("dose", "Dose", doses.apply(c.dose())),
                new Attr("dose_text", "Dose as written", ExportText.orEmpty(c.doseText())),
                new Attr("administrations", "Administrations", ExportText.orEmpty(c.administrations())),
                new Attr("interval", "Interval", offset(c.interval())),
                new Attr("cumulative_dose", "Cumulative dose", doses.apply(c.cumulativeDose())),
                new Attr("gate", "Escalation gate", ExportText.orEmpty(c.gate()))));
        return attrs;
    }

    static List<Attr> arm(Arm a) {
        return List.of(
                new Attr("type", "Type", ExportText.name(a.type())),
                new Attr("description", "Description", ExportText.orEmpty(a.description())),
                new Attr("interventions", "Interventions", String.join("; ", a.interventionNames())));
    }

    static List<Attr> intervention(Intervention i) {
        return List.of(
                new Attr("type", "Type", ExportText.name(i.type())),
                new Attr("description", "Description", ExportText.orEmpty(i.description())),
                new Attr("other_names", "Other names", String.join("; ", i.otherNames())));
    }

    /** "Baseline, 6 months; every 1 month until 12 months", or "not read" when no schedule. */
    static String scheduleInWords(Schedule s) {
        if (s == null) {
            return "not read";
        }
        List<String> parts = new ArrayList<>();
        if (!s.timePoints().isEmpty()) {
            parts.add("at " + String.join(", ", s.timePoints().stream().map(ItemFields::offset).toList()));
        }
        if (s.recurrence() != null) {
            Offset until = s.recurrence().until();
            parts.add("every " + offsetValue(s.recurrence().every()) + (until == null ? "" : " until " + offset(until)));
        }
        return parts.isEmpty() ? "no time point read" : String.join("; ", parts);
    }

    static String unread(Schedule s) {
        return s == null ? "" : String.join(" / ", s.unreadParts());
    }

    /** "12 months", or the label as written with the value: "Baseline (0 days)". */
    static String offset(Offset o) {
        if (o == null) {
            return "";
        }
        String value = offsetValue(o);
        return o.label() == null || o.label().isBlank() || o.label().equals(value) ? value : o.label() + " (" + value + ")";
    }

    private static String offsetValue(Offset o) {
        String unit = o.unit().name().toLowerCase(Locale.ROOT);
        return ExportText.number(o.value()) + " " + unit + (o.value() == 1 ? "" : "s");
    }

    static String quantity(Quantity q) {
        if (q == null) {
            return "";
        }
        return ExportText.number(q.value()) + (q.unit() == null ? "" : " " + q.unit());
    }

    static String subjects(SubjectRange r) {
        if (r == null) {
            return "";
        }
        return r.from() == r.to() ? String.valueOf(r.from()) : r.from() + "–" + r.to();
    }
}
