package org.trialworkbench.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.Comparison;

/**
 * One self-contained, printable HTML page: inline CSS ({@code export.css}), inline SVG for the
 * time axes, no script, no link, no external request (a Content-Security-Policy meta forbids them
 * too). Landscape on A4 and Letter alike; table headers repeat on each printed page and rows are
 * not cut. All registry and reviewer text goes through {@link Html#esc}.
 */
public final class HtmlExporter implements TrialExporter {
    private static final String CSS = loadCss();

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void write(Comparison comparison, ExportHeader header, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(64 * 1024);
        head(b, comparison.trials());
        pageHeader(b, comparison.trials(), header);
        for (ExportOutline.Section s : ExportOutline.of(comparison)) {
            section(b, s);
        }
        b.append("</body>\n</html>\n");
        out.write(b.toString());
        out.flush();
    }

    private static void head(StringBuilder b, List<Trial> trials) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>").append(Html.esc("Trial comparison: " + String.join(", ", trials.stream().map(Trial::id).toList())))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    }

    /** Who exported when, and the trials in column order (id, title, registry ids, phase, status). */
    private static void pageHeader(StringBuilder b, List<Trial> trials, ExportHeader header) {
        b.append("<header>\n<h1>Trial comparison</h1>\n<p class=\"meta\"><span>Exported: ")
                .append(Html.esc(ExportText.readable(header.exportedAt()))).append("</span><span>Reviewer: ")
                .append(Html.esc(header.reviewer() == null ? "not stated" : header.reviewer())).append("</span></p>\n<ul class=\"trials\">\n");
        for (Trial t : trials) {
            b.append("<li><strong>").append(Html.esc(t.id())).append("</strong> — ").append(Html.esc(t.briefTitle()))
                    .append(" <span class=\"meta\">").append(Html.esc(TrialFields.registryIds(t.registryIds())))
                    .append(" · ").append(Html.esc(TrialFields.phaseAndStatus(t)))
                    .append("</span></li>\n");
        }
        b.append("</ul>\n</header>\n");
    }

    private static void section(StringBuilder b, ExportOutline.Section s) {
        b.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(Html.esc(s.title())).append("</h2>\n");
        if (s.id().equals("schedules")) {
            b.append("<p class=\"legend\">Square-root time axis shared by all trials. ● stated time point, ○ repeated assessment;")
                    .append(" \"not read\": part of the time frame was not understood; \"after an event\": times counted")
                    .append(" from an event other than baseline, not drawn (see the table); \"no time frame\": the registry states")
                    .append(" none.</p>\n");
        }
        for (ExportOutline.Block block : s.blocks()) {
            if (block instanceof ExportOutline.TableBlock t) {
                HtmlTables.table(b, t.table(), s.id(), s.title());
            } else if (block instanceof ExportOutline.TimelineBlock t) {
                HtmlTimeline.svg(b, t.schedule(), t.sharedAxisEndDays());
            } else if (block instanceof ExportOutline.NoteBlock n) {
                b.append("<p class=\"none\">").append(Html.esc(n.text())).append("</p>\n");
            }
        }
        b.append("</section>\n");
    }

    private static String loadCss() {
        try (InputStream in = HtmlExporter.class.getResourceAsStream("export.css")) {
            if (in == null) {
                throw new IllegalStateException("export.css missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
