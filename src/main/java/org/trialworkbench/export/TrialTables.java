package org.trialworkbench.export;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Conflict;
import org.trialworkbench.model.ConflictValue;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.TimeFrameText;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.ValueWords;
import org.trialworkbench.model.comparison.OutcomeScheduleRow;
import org.trialworkbench.model.comparison.TrialSchedule;

/** The per-trial tables (overview, outcomes, cohorts, arms, interventions, conflicts, sources). */
final class TrialTables {
    private TrialTables() {
    }

    /**
     * Fields × trials. Eligibility fields are left to the eligibility table; the trial's own
     * annotations sit in the Id row; notes whose target is gone get a last row.
     */
    static ExportTable overview(List<Trial> trials) {
        List<String> headers = new ArrayList<>(List.of("Field"));
        trials.forEach(t -> headers.add(t.id()));
        List<TrialFields.Field> template = TrialFields.inWords(trials.get(0));
        List<List<ExportTable.Cell>> rows = new ArrayList<>();
        for (int f = 0; f < template.size(); f++) {
            if (template.get(f).name().startsWith("eligibility.")) {
                continue;
            }
            List<ExportTable.Cell> row = new ArrayList<>(List.of(ExportTable.Cell.text(template.get(f).label())));
            for (Trial t : trials) {
                TrialFields.Field field = TrialFields.inWords(t).get(f);
                AnnotationIndex index = new AnnotationIndex(t);
                List<Annotation> on = new ArrayList<>(field.name().equals("id") ? index.on("trial") : List.of());
                on.addAll(index.on(field.target()));
                row.add(ExportTable.Cell.text(field.value(), on));
            }
            rows.add(row);
        }
        if (trials.stream().anyMatch(t -> !new AnnotationIndex(t).unplaced().isEmpty())) {
            rows.add(unplacedRow(trials));
        }
        return new ExportTable("Registry fields", headers, rows);
    }

    private static List<ExportTable.Cell> unplacedRow(List<Trial> trials) {
        List<ExportTable.Cell> row = new ArrayList<>(List.of(ExportTable.Cell.text("Notes on items not in this record")));
        for (Trial t : trials) {
            List<Annotation> unplaced = new AnnotationIndex(t).unplaced();
            String targets = String.join(", ", unplaced.stream().map(Annotation::target).toList());
            row.add(ExportTable.Cell.text(unplaced.isEmpty() ? "" : "targets: " + targets, unplaced));
        }
        return row;
    }

    /** The outcome rows of one trial in the schedule's order, with what stayed unread. */
    static ExportTable outcomes(Trial trial, TrialSchedule schedule) {
        AnnotationIndex index = new AnnotationIndex(trial);
        List<String> headers = List.of("Outcome", "Kind", "Measure", "Time frame (source)", "Schedule read", "Not read");
        List<List<ExportTable.Cell>> rows = new ArrayList<>();
        for (OutcomeScheduleRow r : schedule.rows()) {
            rows.add(List.of(
                    ExportTable.Cell.text(r.outcomeKey(), index.on(AnnotationIndex.outcome(r.outcomeKey()))),
                    ExportTable.Cell.text(ExportText.orEmpty(ValueWords.of(r.kind()))),
                    ExportTable.Cell.text(r.measure()),
                    ExportTable.Cell.text(TimeFrameText.of(r.timeFrame(), r.schedule())),
                    ExportTable.Cell.text(ItemFields.scheduleInWords(r.schedule())),
                    ExportTable.Cell.text(notRead(r))));
        }
        return new ExportTable("Outcomes of " + trial.id(), headers, rows);
    }

    private static String notRead(OutcomeScheduleRow r) {
        if (r.schedule() == null) {
            return r.timeFrame() == null || r.timeFrame().isBlank() ? "no time frame stated" : "not read: " + r.timeFrame();
        }
        return r.schedule().unreadParts().isEmpty() ? "" : "not read: " + ItemFields.unread(r.schedule());
    }

    /** Dose cohorts in escalation order; the passage each was read from in the last column. */
    static ExportTable cohorts(Trial trial) {
        AnnotationIndex index = new AnnotationIndex(trial);
        boolean parallel = trial.cohorts().stream().anyMatch(c -> c.escalation() != null);
        List<String> headers = new ArrayList<>(List.of("Cohort"));
        ItemFields.cohortForReading(trial.cohorts().get(0), parallel).forEach(a -> headers.add(a.label()));
        headers.add("Source text");
        List<List<ExportTable.Cell>> rows = new ArrayList<>();
        for (Cohort c : trial.cohorts()) {
            List<ExportTable.Cell> row = new ArrayList<>();
            row.add(ExportTable.Cell.text(c.key(), index.on(AnnotationIndex.cohort(c.key()))));
            ItemFields.cohortForReading(c, parallel).forEach(a -> row.add(ExportTable.Cell.text(a.value())));
            row.add(ExportTable.Cell.sourced("", ExportText.orEmpty(c.sourceText()), List.of()));
            rows.add(row);
        }
        return new ExportTable("Dose cohorts of " + trial.id(), headers, rows);
    }

    static ExportTable arms(Trial trial) {
        AnnotationIndex index = new AnnotationIndex(trial);
        List<List<ExportTable.Cell>> rows = new ArrayList<>();
        for (Arm a : trial.arms()) {
            List<ExportTable.Cell> row = new ArrayList<>(List.of(ExportTable.Cell.text(a.label(), index.on(AnnotationIndex.arm(a.label())))));
            ItemFields.arm(a).forEach(x -> row.add(ExportTable.Cell.text(x.value())));
            rows.add(row);
        }
        return new ExportTable("Arms of " + trial.id(), List.of("Arm", "Type", "Description", "Interventions"), rows);
    }

    static ExportTable interventions(Trial trial) {
        AnnotationIndex index = new AnnotationIndex(trial);
        List<List<ExportTable.Cell>> rows = new ArrayList<>();
        for (Intervention i : trial.interventions()) {
            List<ExportTable.Cell> row = new ArrayList<>(List.of(
                    ExportTable.Cell.text(i.name(), index.on(AnnotationIndex.intervention(i.name())))));
            ItemFields.intervention(i).forEach(x -> row.add(ExportTable.Cell.text(x.value())));
            rows.add(row);
        }
        return new ExportTable("Interventions of " + trial.id(), List.of("Intervention", "Type", "Description", "Other names"), rows);
    }

    /** Every disagreeing value with the source it came from; the first is the one shown. */
    static ExportTable conflicts(List<Trial> trials) {
        List<List<ExportTable.Cell>> rows = new ArrayList<>();
        for (Trial t : trials) {
            for (Conflict c : t.conflicts()) {
                for (int i = 0; i < c.values().size(); i++) {
                    ConflictValue v = c.values().get(i);
                    rows.add(List.of(ExportTable.Cell.text(t.id()), ExportTable.Cell.text(c.field()),
                            ExportTable.Cell.text(ExportText.orEmpty(v.value()) + (i == 0 ? " (shown)" : "")),
                            ExportTable.Cell.text(ExportText.orEmpty(v.sourceFormat())), ExportTable.Cell.text(ExportText.orEmpty(v.sourceFile()))));
                }
            }
        }
        return new ExportTable("Conflicts between sources", List.of("Trial", "Field", "Value", "Source format", "Source file"), rows);
    }

    static ExportTable sources(List<Trial> trials) {
        List<List<ExportTable.Cell>> rows = new ArrayList<>();
        for (Trial t : trials) {
            for (SourceRef s : t.sources()) {
                rows.add(List.of(ExportTable.Cell.text(t.id()), ExportTable.Cell.text(s.format()), ExportTable.Cell.text(s.file()),
                        ExportTable.Cell.text(s.sha256()), ExportTable.Cell.text(ExportText.iso(s.importedAt()))));
            }
        }
        return new ExportTable("Sources", List.of("Trial", "Format", "File", "SHA-256", "Imported"), rows);
    }
}
