package org.trialworkbench.export;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.Comparison;
import org.trialworkbench.model.comparison.TrialSchedule;

/**
 * The sections of a human-readable export, in order, as format-neutral blocks. HTML and Markdown
 * both render this outline, so they state the same content; only styling and the time-axis
 * drawing differ.
 */
final class ExportOutline {

    /** A part of a section. */
    sealed interface Block permits TableBlock, TimelineBlock, NoteBlock {
    }

    record TableBlock(ExportTable table) implements Block {
    }

    /** One trial's outcome schedule on the axis that all compared trials share. */
    record TimelineBlock(TrialSchedule schedule, double sharedAxisEndDays) implements Block {
    }

    /** A sentence, e.g. "NCT… states no dose cohorts." */
    record NoteBlock(String text) implements Block {
    }

    record Section(String id, String title, List<Block> blocks) {
        Section {
            blocks = List.copyOf(blocks);
        }
    }

    private ExportOutline() {
    }

    static List<Section> of(Comparison c) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("trials", "Trials", List.of(new TableBlock(TrialTables.overview(c.trials())))));
        sections.add(new Section("eligibility", "Eligibility", List.of(new TableBlock(EligibilityTable.of(c)))));
        sections.add(new Section("schedules", "Outcome schedules", scheduleBlocks(c)));
        sections.add(new Section("cohorts", "Dose cohorts", perTrial(c.trials(), "dose cohorts", t -> t.cohorts().isEmpty() ? null : TrialTables.cohorts(t))));
        sections.add(new Section("arms", "Arms and interventions", armBlocks(c.trials())));
        sections.add(new Section("conflicts", "Conflicts between sources", orNote(TrialTables.conflicts(c.trials()), "The sources agree on every field.")));
        sections.add(new Section("sources", "Sources", orNote(TrialTables.sources(c.trials()), "No source is recorded.")));
        return sections;
    }

    private static List<Block> scheduleBlocks(Comparison c) {
        List<Block> blocks = new ArrayList<>();
        for (TrialSchedule s : c.schedules().trials()) {
            Trial trial = c.trials().stream().filter(t -> t.id().equals(s.trialId())).findFirst().orElse(null);
            if (trial == null) {
                continue;
            }
            blocks.add(new TimelineBlock(s, c.schedules().sharedAxisEndDays()));
            blocks.add(s.rows().isEmpty() ? new NoteBlock(s.trialId() + " states no outcome measures.")
                    : new TableBlock(TrialTables.outcomes(trial, s)));
        }
        return blocks;
    }

    private static List<Block> armBlocks(List<Trial> trials) {
        List<Block> blocks = new ArrayList<>();
        blocks.addAll(perTrial(trials, "arms", t -> t.arms().isEmpty() ? null : TrialTables.arms(t)));
        blocks.addAll(perTrial(trials, "interventions", t -> t.interventions().isEmpty() ? null : TrialTables.interventions(t)));
        return blocks;
    }

    private static List<Block> perTrial(List<Trial> trials, String what, java.util.function.Function<Trial, ExportTable> table) {
        List<Block> blocks = new ArrayList<>();
        for (Trial t : trials) {
            ExportTable tb = table.apply(t);
            blocks.add(tb == null ? new NoteBlock(t.id() + " states no " + what + ".") : new TableBlock(tb));
        }
        return blocks;
    }

    private static List<Block> orNote(ExportTable table, String note) {
        return List.of(table.rows().isEmpty() ? new NoteBlock(note) : new TableBlock(table));
    }
}
