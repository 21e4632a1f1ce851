package org.trialworkbench.export;

import java.util.List;
import java.util.function.Function;
import org.trialworkbench.model.Annotation;

/**
 * The annotation attributes every format shows beside an item, in order. The note is the main
 * text; the others are shown as its details. Adding an attribute (a "corrected" mark, say) is one
 * line here: the CSV gains a column, HTML and Markdown a detail.
 */
final class AnnotationColumns {

    /** One attribute: its CSV header, the label people read, and how to get it. */
    record Column(String header, String label, Function<Annotation, String> value) {
    }

    static final Column TAG = new Column("annotation_tag", "tag", a -> ExportText.orEmpty(a.tag()));
    static final Column NOTE = new Column("annotation_note", "note", Annotation::note);
    static final Column AUTHOR = new Column("annotation_author", "by", Annotation::author);
    static final Column CREATED = new Column("annotation_created_at", "created", a -> ExportText.iso(a.createdAt()));
    static final Column UPDATED = new Column("annotation_updated_at", "updated", a -> ExportText.iso(a.updatedAt()));

    /** In CSV column order. */
    static final List<Column> ALL = List.of(TAG, NOTE, AUTHOR, CREATED, UPDATED);

    private AnnotationColumns() {
    }

    /** The columns shown as details after the note (all but the tag and the note). */
    static List<Column> details() {
        return ALL.stream().filter(c -> c != TAG && c != NOTE).toList();
    }

    /**
     * One line for a person: "[tag] note (by: R; created: ...)"; empty details are left out.
     * Raw text: the caller escapes it for its format.
     */
    static String describe(Annotation a) {
        StringBuilder b = new StringBuilder();
        String tag = TAG.value().apply(a);
        if (!tag.isBlank()) {
            b.append('[').append(tag).append("] ");
        }
        b.append(a.note());
        StringBuilder details = new StringBuilder();
        for (Column c : details()) {
            String v = c.value().apply(a);
            if (v != null && !v.isBlank()) {
                details.append(details.length() == 0 ? "" : "; ").append(c.label()).append(": ").append(v);
            }
        }
        if (details.length() > 0) {
            b.append(" (").append(details).append(')');
        }
        return b.toString();
    }
}
