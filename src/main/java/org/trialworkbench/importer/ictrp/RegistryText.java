package org.trialworkbench.importer.ictrp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Cleans registry text fields as ICTRP exports them: {@code <br>} remnants (escaped or not, any
 * case), {@code <p>} paragraphs and carriage returns become line breaks; HTML entities are
 * decoded; whitespace is normalized per line and runs of blank lines are collapsed to one.
 */
public final class RegistryText {
    // ICTRP turns every source line break into "\r<br>"; both halves together are one break.
    private static final Pattern ESCAPED_BREAK = Pattern.compile("(?i)&lt;\\s*br\\s*/?\\s*&gt;");
    private static final Pattern CR_THEN_BR = Pattern.compile("(?i)\\r\\n?<br\\s*/?>");
    private static final Pattern BR_THEN_NEWLINE = Pattern.compile("(?i)<br\\s*/?>[ \\t]*\\r?\\n");
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern PARAGRAPH = Pattern.compile("(?i)</?p\\s*>");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\s\\u00A0&&[^\\n]]+");

    private RegistryText() {
    }

    /** The cleaned text, or null when nothing but whitespace and markup remains. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = ESCAPED_BREAK.matcher(raw).replaceAll("<br>");
        s = CR_THEN_BR.matcher(s).replaceAll("\n");
        s = BR_THEN_NEWLINE.matcher(s).replaceAll("\n");
        s = BR.matcher(s).replaceAll("\n");
        s = PARAGRAPH.matcher(s).replaceAll("\n");
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        s = Parser.unescapeEntities(s, false);
        return normalizeLines(LostLineBreaks.restore(s));
    }

    /** Whitespace collapsed within each line, lines stripped, blank runs collapsed; null when empty. */
    public static String normalizeLines(String s) {
        StringBuilder out = new StringBuilder();
        boolean pendingBlank = false;
        for (String line : s.split("\n", -1)) {
            String normalized = HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip();
            if (normalized.isEmpty()) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(pendingBlank ? "\n\n" : "\n");
            }
            out.append(normalized);
            pendingBlank = false;
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** The non-blank lines of a cleaned text. */
    public static List<String> lines(String cleaned) {
        List<String> lines = new ArrayList<>();
        if (cleaned != null) {
            for (String line : cleaned.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }

    /** Splits on separators that are not inside brackets: "a (x; y); b" gives "a (x; y)" and "b". */
    public static List<String> splitTopLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == separator && depth == 0) {
                addIfNotBlank(parts, text.substring(start, i));
                start = i + 1;
            }
        }
        addIfNotBlank(parts, text.substring(start));
        return parts;
    }

    private static void addIfNotBlank(List<String> parts, String part) {
        if (!part.isBlank()) {
            parts.add(part.strip());
        }
    }
}
