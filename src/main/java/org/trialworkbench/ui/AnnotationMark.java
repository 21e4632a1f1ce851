package org.trialworkbench.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.service.AnnotationUseCase;

/**
 * The notes on one target (or on the several targets one cell shows), as the panels mark them: a
 * badge ("✎ concern", "✎ 3") coloured by the first tag, and tooltip lines naming each note's tag and
 * first words. Never empty.
 */
public record AnnotationMark(List<Annotation> annotations) {
    /** How many words of a note the tooltip line shows. */
    static final int WORDS = 8;
    /** How many notes the tooltip lists before "… and n more". */
    static final int LINES = 3;

    public AnnotationMark {
        annotations = List.copyOf(annotations);
        if (annotations.isEmpty()) {
            throw new IllegalArgumentException("a mark needs at least one note");
        }
    }

    public int count() {
        return annotations.size();
    }

    /** The distinct tags, in note order; untagged notes add none. */
    public List<String> tags() {
        Set<String> tags = new LinkedHashSet<>();
        annotations.stream().map(Annotation::tag).filter(t -> t != null && !t.isBlank()).map(String::strip)
                .forEach(tags::add);
        return List.copyOf(tags);
    }

    /**
     * "✎ concern" for one note, "✎" for one untagged note; for several the count and up to two tags:
     * "✎ 2 · unclear", "✎ 2 · match, concern", "✎ 4 · differs, concern +1".
     */
    public String badgeText() {
        List<String> tags = tags();
        String shown = String.join(", ", tags.subList(0, Math.min(2, tags.size())))
                + (tags.size() > 2 ? " +" + (tags.size() - 2) : "");
        if (count() == 1) {
            return shown.isEmpty() ? "✎" : "✎ " + shown;
        }
        return "✎ " + count() + (shown.isEmpty() ? "" : " · " + shown);
    }

    /**
     * The style class of the badge: {@code tag-concern} etc. for the standard tags (by the first
     * tag), {@code tag-other} for any other tag, {@code tag-none} without a tag.
     */
    public String styleClass() {
        List<String> tags = tags();
        if (tags.isEmpty()) {
            return "tag-none";
        }
        String first = tags.get(0).toLowerCase(Locale.ROOT);
        return AnnotationUseCase.STANDARD_TAGS.contains(first) ? "tag-" + first : "tag-other";
    }

    /** "Annotated: concern — Threshold stricter than in the jRCT…", one line per note (at most {@link #LINES}). */
    public List<String> tooltipLines() {
        List<String> lines = new ArrayList<>();
        for (Annotation a : annotations.subList(0, Math.min(LINES, count()))) {
            String tag = a.tag() == null || a.tag().isBlank() ? "no tag" : a.tag().strip();
            String words = firstWords(a.note());
            lines.add("Annotated: " + tag + (words.isEmpty() ? "" : " — " + words));
        }
        if (count() > LINES) {
            lines.add("… and " + (count() - LINES) + " more note" + (count() - LINES == 1 ? "" : "s"));
        }
        return lines;
    }

    /** {@code base}, a blank line and the tooltip lines; {@code base} alone when {@code mark} is null. */
    public static String appendTo(String base, AnnotationMark mark) {
        if (mark == null) {
            return base;
        }
        String lines = String.join("\n", mark.tooltipLines());
        return base == null || base.isBlank() ? lines : base + "\n\n" + lines;
    }

    /** The notes of both marks (either may be null). */
    public static AnnotationMark combine(AnnotationMark a, AnnotationMark b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        List<Annotation> all = new ArrayList<>(a.annotations);
        b.annotations.stream().filter(n -> !all.contains(n)).forEach(all::add);
        return new AnnotationMark(all);
    }

    private static String firstWords(String note) {
        if (note == null || note.isBlank()) {
            return "";
        }
        String[] words = note.strip().split("\\s+");
        String shown = String.join(" ", java.util.Arrays.copyOf(words, Math.min(WORDS, words.length)));
        return words.length > WORDS ? shown + "…" : shown;
    }
}
