package org.trialworkbench.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.AssessmentMarker;
import org.trialworkbench.model.comparison.Comparison;
import org.trialworkbench.model.comparison.EligibilityCell.Verdict;
import org.trialworkbench.model.comparison.OutcomeScheduleRow;
import org.trialworkbench.model.comparison.TrialSchedule;

/**
 * The HTML export's content as GitHub-flavoured Markdown: the same sections and tables
 * ({@link ExportOutline}); the time axis becomes a list of assessment days per outcome. Every
 * registry and reviewer text goes through {@link Md#esc}, so no raw {@code <} and no Markdown
 * syntax comes from the data; a cell stays on one line.
 */
public final class MarkdownExporter implements TrialExporter {

    @Override
    public String format() {
        return "md";
    }

    @Override
    public void write(Comparison comparison, ExportHeader header, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(32 * 1024);
        b.append("# Trial comparison\n\n");
        b.append("Exported: ").append(Md.esc(ExportText.readable(header.exportedAt()))).append(" · Reviewer: ")
                .append(header.reviewer() == null ? "not stated" : Md.esc(header.reviewer())).append("\n\n");
        for (Trial t : comparison.trials()) {
            b.append("- **").append(Md.esc(t.id())).append("** — ").append(Md.esc(t.briefTitle())).append(" · ")
                    .append(Md.esc(TrialFields.registryIds(t.registryIds()))).append(" · ")
                    .append(Md.esc(TrialFields.phaseAndStatus(t))).append('\n');
        }
        for (ExportOutline.Section s : ExportOutline.of(comparison)) {
            b.append("\n## ").append(Md.esc(s.title())).append("\n\n");
            for (ExportOutline.Block block : s.blocks()) {
                block(b, block, s.title());
            }
        }
        out.write(b.toString());
        out.flush();
    }

    private static void block(StringBuilder b, ExportOutline.Block block, String sectionTitle) {
        if (block instanceof ExportOutline.TableBlock t) {
            table(b, t.table(), sectionTitle);
        } else if (block instanceof ExportOutline.TimelineBlock t) {
            timeline(b, t.schedule(), t.sharedAxisEndDays());
        } else if (block instanceof ExportOutline.NoteBlock n) {
            b.append('_').append(Md.esc(n.text())).append("_\n\n");
        }
    }

    /** A table; its caption is left out when it only repeats the section title. */
    private static void table(StringBuilder b, ExportTable t, String sectionTitle) {
        if (!t.caption().equals(sectionTitle)) {
            b.append("**").append(Md.esc(t.caption())).append("**\n\n");
        }
        b.append('|');
        t.headers().forEach(h -> b.append(' ').append(Md.esc(h)).append(" |"));
        b.append("\n|");
        t.headers().forEach(h -> b.append(" --- |"));
        b.append('\n');
        for (List<ExportTable.Cell> row : t.rows()) {
            b.append('|');
            for (ExportTable.Cell c : row) {
                String text = cell(c);
                b.append(' ').append(text.isEmpty() ? " " : text).append(" |");
            }
            b.append('\n');
        }
        b.append('\n');
    }

    /** Values; flags in brackets; the source in italics after a dash; the verdict in bold; notes last. */
    static String cell(ExportTable.Cell c) {
        List<String> parts = new ArrayList<>();
        for (ExportTable.Entry e : c.entries()) {
            StringBuilder p = new StringBuilder(Md.esc(e.text()));
            e.flags().forEach(f -> p.append(" \\[").append(Md.esc(f)).append("\\]"));
            if (!e.source().isEmpty()) {
                p.append(p.length() == 0 ? "" : " — ").append('*').append(Md.esc(e.source())).append('*');
            }
            if (p.length() > 0) {
                parts.add(p.toString());
            }
        }
        if (c.verdict() == Verdict.STRICTEST || c.verdict() == Verdict.LOOSEST) {
            parts.add("**" + ExportTable.verdictWord(c.verdict()) + "**");
        }
        for (Annotation a : c.notes()) {
            parts.add("Note: " + Md.esc(AnnotationColumns.describe(a)));
        }
        return String.join(" ; ", parts);
    }

    /** The assessment days of each outcome on the shared axis, in words. */
    private static void timeline(StringBuilder b, TrialSchedule s, double end) {
        b.append("**").append(Md.esc(s.trialId() + " — " + s.briefTitle())).append("**: assessments in days from baseline (shared axis 0–")
                .append(ExportText.number(Math.round(end))).append(" days)\n\n");
        for (OutcomeScheduleRow r : s.rows()) {
            List<String> days = new ArrayList<>();
            for (AssessmentMarker m : r.markers()) {
                days.add(ExportText.number(Math.round(m.day() * 10) / 10.0) + (m.recurring() ? "" : " (" + m.label() + ")"));
            }
            b.append("- ").append(Md.esc(r.outcomeKey())).append(": ")
                    .append(days.isEmpty() ? "no time point read" : Md.esc(String.join(", ", days)))
                    .append(r.fullyRead() ? "" : " — not read").append('\n');
        }
        b.append('\n');
    }
}
