package org.trialworkbench.service;

import java.util.Locale;
import java.util.Set;
import org.trialworkbench.model.Annotation;

/**
 * Which annotations a list shows. {@code tags}: any of these (empty: any tag; tags compare
 * ignoring case); {@code author}: this author, ignoring case (null or blank: anyone);
 * {@code text}: contained in the note or the target, ignoring case (null or blank: any);
 * {@code onlySourceChanged}: only notes whose source text changed.
 */
public record AnnotationFilter(Set<String> tags, String author, String text, boolean onlySourceChanged) {
    public static final AnnotationFilter ALL = new AnnotationFilter(Set.of(), null, null, false);

    public AnnotationFilter {
        tags = tags == null ? Set.of() : tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(
                java.util.stream.Collectors.toUnmodifiableSet());
    }

    public static AnnotationFilter byTag(String... tags) {
        return new AnnotationFilter(Set.of(tags), null, null, false);
    }

    public static AnnotationFilter byAuthor(String author) {
        return new AnnotationFilter(Set.of(), author, null, false);
    }

    public static AnnotationFilter byText(String text) {
        return new AnnotationFilter(Set.of(), null, text, false);
    }

    public boolean matches(Annotation a) {
        if (!tags.isEmpty() && (a.tag() == null || !tags.contains(a.tag().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (author != null && !author.isBlank() && !a.author().equalsIgnoreCase(author.strip())) {
            return false;
        }
        if (onlySourceChanged && !a.sourceChanged()) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return a.note().toLowerCase(Locale.ROOT).contains(needle) || a.target().toLowerCase(Locale.ROOT).contains(needle);
    }
}
