package org.trialworkbench.export;

import java.util.List;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.comparison.EligibilityCell.Verdict;

/** Renders an {@link ExportTable} as an HTML table: values, grey source text, flags, verdicts, notes. */
final class HtmlTables {
    private HtmlTables() {
    }

    /** A table; its caption is left out when it only repeats the section title. */
    static void table(StringBuilder out, ExportTable t, String cssClass, String sectionTitle) {
        // a heading rather than <caption>: print engines keep a heading with what follows, not a caption
        if (!t.caption().equals(sectionTitle)) {
            out.append("<h3>").append(Html.esc(t.caption())).append("</h3>\n");
        }
        out.append("<table class=\"").append(cssClass).append("\">\n");
        out.append("<thead><tr>");
        for (String h : t.headers()) {
            out.append("<th scope=\"col\">").append(Html.esc(h)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<ExportTable.Cell> row : t.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                cell(out, row.get(i), i == 0 ? "th" : "td");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void cell(StringBuilder out, ExportTable.Cell c, String tag) {
        String verdict = ExportTable.verdictWord(c.verdict());
        out.append('<').append(tag);
        if (tag.equals("th")) {
            out.append(" scope=\"row\"");
        }
        if (!verdict.isEmpty()) {
            out.append(" class=\"").append(verdict).append('"');
        }
        out.append('>');
        for (ExportTable.Entry e : c.entries()) {
            entry(out, e);
        }
        if (c.verdict() == Verdict.STRICTEST || c.verdict() == Verdict.LOOSEST) {
            out.append("<span class=\"verdict\">").append(verdict).append("</span>");
        }
        notes(out, c.notes());
        out.append("</").append(tag).append('>');
    }

    private static void entry(StringBuilder out, ExportTable.Entry e) {
        out.append("<div class=\"entry\">");
        if (!e.text().isEmpty()) {
            out.append("<span class=\"val\">").append(Html.escBreakable(e.text())).append("</span>");
        }
        for (String flag : e.flags()) {
            out.append(" <span class=\"flag\">").append(Html.escBreakable(flag)).append("</span>");
        }
        if (!e.source().isEmpty()) {
            out.append("<div class=\"src\">").append(Html.escBreakable(e.source())).append("</div>");
        }
        out.append("</div>");
    }

    /** Annotations as a list in the cell: tag, note, then the other attributes as small print. */
    static void notes(StringBuilder out, List<Annotation> notes) {
        if (notes.isEmpty()) {
            return;
        }
        out.append("<ul class=\"notes\">");
        for (Annotation a : notes) {
            out.append("<li>");
            String tag = AnnotationColumns.TAG.value().apply(a);
            if (!tag.isBlank()) {
                out.append("<span class=\"tag\">").append(Html.escBreakable(tag)).append("</span> ");
            }
            out.append("<span class=\"note\">").append(Html.escBreakable(a.note())).append("</span>");
            for (AnnotationColumns.Column col : AnnotationColumns.details()) {
                String v = col.value().apply(a);
                if (v != null && !v.isBlank()) {
                    out.append(" <span class=\"meta\">").append(Html.esc(col.label())).append(": ").append(Html.escBreakable(v)).append("</span>");
                }
            }
            out.append("</li>");
        }
        out.append("</ul>");
    }
}
