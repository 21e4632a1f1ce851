package org.trialworkbench.export;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Conflict;
import org.trialworkbench.model.ConflictValue;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.model.Trial;

/** Lists a trial's items in export order: fields, criteria with their thresholds, outcomes, cohorts, arms... */
final class CsvItems {
    private CsvItems() {
    }

    static List<CsvItem> of(Trial t) {
        AnnotationIndex notes = new AnnotationIndex(t);
        List<CsvItem> items = new ArrayList<>();
        fields(t, notes, items);
        for (Criterion c : t.eligibility().criteria()) {
            items.add(new CsvItem(t.id(), "criterion", c.key(), ItemFields.criterion(c), c.text(),
                    notes.on(AnnotationIndex.criterion(c.key()))));
            for (int i = 0; i < c.thresholds().size(); i++) {
                Threshold th = c.thresholds().get(i);
                items.add(new CsvItem(t.id(), "threshold", c.key() + "." + (i + 1), ItemFields.threshold(c.key(), th),
                        c.text(), List.of()));
            }
        }
        for (Outcome o : t.outcomes()) {
            // the text the schedule was read from: the time frame, or the measure when none is stated
            boolean fromMeasure = o.schedule() != null && o.schedule().readFromMeasure();
            items.add(new CsvItem(t.id(), "outcome", o.key(), ItemFields.outcome(o),
                    fromMeasure ? o.measure() : ExportText.orEmpty(o.timeFrame()), notes.on(AnnotationIndex.outcome(o.key()))));
        }
        for (Cohort c : t.cohorts()) {
            items.add(new CsvItem(t.id(), "cohort", c.key(), ItemFields.cohort(c), ExportText.orEmpty(c.sourceText()),
                    notes.on(AnnotationIndex.cohort(c.key()))));
        }
        for (Arm a : t.arms()) {
            items.add(new CsvItem(t.id(), "arm", a.label(), ItemFields.arm(a), "", notes.on(AnnotationIndex.arm(a.label()))));
        }
        for (Intervention i : t.interventions()) {
            items.add(new CsvItem(t.id(), "intervention", i.name(), ItemFields.intervention(i), "",
                    notes.on(AnnotationIndex.intervention(i.name()))));
        }
        conflictsAndSources(t, items);
        for (Annotation a : notes.unplaced()) {
            items.add(new CsvItem(t.id(), "annotation", a.target(),
                    List.of(new ItemFields.Attr("target_not_found", "Target not found", a.target())), "", List.of(a)));
        }
        return items;
    }

    /** One item per field; the trial's own annotations go with its id. */
    private static void fields(Trial t, AnnotationIndex notes, List<CsvItem> items) {
        for (TrialFields.Field f : TrialFields.of(t)) {
            List<Annotation> on = new ArrayList<>(notes.on(f.target()));
            if (f.name().equals("id")) {
                on.addAll(0, notes.on("trial"));
            }
            items.add(new CsvItem(t.id(), "trial", "", List.of(new ItemFields.Attr(f.name(), f.label(), f.value())), "", on));
        }
    }

    private static void conflictsAndSources(Trial t, List<CsvItem> items) {
        for (Conflict c : t.conflicts()) {
            List<ItemFields.Attr> values = new ArrayList<>();
            for (ConflictValue v : c.values()) {
                values.add(new ItemFields.Attr("value from " + ExportText.orEmpty(v.sourceFormat()) + " " + ExportText.orEmpty(v.sourceFile()),
                        "", ExportText.orEmpty(v.value())));
            }
            items.add(new CsvItem(t.id(), "conflict", c.field(), values, "", List.of()));
        }
        for (int i = 0; i < t.sources().size(); i++) {
            SourceRef s = t.sources().get(i);
            items.add(new CsvItem(t.id(), "source", String.valueOf(i + 1), List.of(
                    new ItemFields.Attr("format", "Format", s.format()),
                    new ItemFields.Attr("file", "File", s.file()),
                    new ItemFields.Attr("sha256", "SHA-256", s.sha256()),
                    new ItemFields.Attr("imported_at", "Imported", ExportText.iso(s.importedAt()))), "", List.of()));
        }
    }
}
