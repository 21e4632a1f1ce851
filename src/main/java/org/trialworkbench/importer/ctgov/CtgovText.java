package org.trialworkbench.importer.ctgov;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Text clean-up shared by the three ClinicalTrials.gov importers. */
public final class CtgovText {
    private CtgovText() {
    }

    /** The text with outer whitespace removed; null when nothing is left. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * The text with every line ending as "\n": legacy XML writes some line breaks as the character
     * reference {@code &#xD;} before the newline, which the XML parser keeps as a carriage return.
     */
    public static String unixLineEndings(String text) {
        if (text == null || text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * API v2 texts are Markdown: the registry escapes punctuation that Markdown would take as markup
     * ("SLEDAI score \\>8", "\\[mg/dL\\]") and its website shows them without the backslash. Here
     * too, so that a v2 text reads as the registry page and equals the same text from the XML. A
     * backslash before anything but ASCII punctuation is kept, as Markdown does.
     */
    public static String fromMarkdown(String text) {
        if (text == null || text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    /**
     * An XML {@code <textblock>} as written, without the indentation the XML adds: the common
     * leading spaces of its lines are removed and blank lines at both ends dropped, so line breaks,
     * paragraphs and bullet indentation stay as the registry shows them.
     */
    public static String dedent(String text) {
        if (text == null) {
            return null;
        }
        List<String> lines = new ArrayList<>(unixLineEndings(text).lines().map(String::stripTrailing).toList());
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        int indent = lines.stream().filter(l -> !l.isEmpty())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        List<String> out = lines.stream().map(l -> l.isEmpty() ? l : l.substring(indent)).toList();
        return clean(String.join("\n", out));
    }

    /**
     * An arm's intervention name without the type prefix ClinicalTrials.gov puts before it
     * ("Drug: Abexinostat" → "Abexinostat"); a prefix that is no intervention type stays
     * ("Cohort A: dose level 1").
     */
    public static String withoutTypePrefix(String name) {
        String s = clean(name);
        if (s == null) {
            return null;
        }
        int colon = s.indexOf(':');
        if (colon > 0 && CtgovVocabulary.isInterventionType(s.substring(0, colon))) {
            String rest = clean(s.substring(colon + 1));
            return rest == null ? s : rest;
        }
        return s;
    }

    /**
     * A value the registry withheld: a withheld record (overall status "Withheld") gives
     * "[Redacted]" in place of the sponsor's name. That placeholder names nobody, so it is left
     * empty and reported, and two withheld trials do not look like one sponsor's.
     */
    public static String unlessRedacted(String text, String what, MappingLog log) {
        String s = clean(text);
        if (s != null && s.equalsIgnoreCase("[Redacted]")) {
            log.warn(what + " is redacted in the record; left empty");
            return null;
        }
        return s;
    }

    /** Cleaned, non-empty texts in first-seen order without repeats. */
    public static List<String> distinct(List<String> texts) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (String t : texts) {
            String c = clean(t);
            if (c != null) {
                seen.add(c);
            }
        }
        return List.copyOf(seen);
    }
}
