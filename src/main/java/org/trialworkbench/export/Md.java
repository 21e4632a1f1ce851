package org.trialworkbench.export;

/** Markdown (GitHub-flavoured) escaping for text in table cells and list items. */
final class Md {
    private static final String BACKSLASHED = "\\|*_`[]~";

    private Md() {
    }

    /**
     * Escapes Markdown and inline-HTML syntax: {@code \ | * _ ` [ ] ~} get a backslash,
     * {@code < > &} become entities (so no raw tag can appear), a leading {@code # + - =} gets a
     * backslash, line breaks become " / " (a cell is one line), tabs a space, and bidi controls
     * visible tokens.
     */
    static String esc(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String text = ExportText.neutralizeBidi(s).replace("\r\n", "\n").replace('\r', '\n').strip();
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BACKSLASHED.indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else if (c == '<') {
                b.append("&lt;");
            } else if (c == '>') {
                b.append("&gt;");
            } else if (c == '&') {
                b.append("&amp;");
            } else if (c == '\n') {
                b.append(" / ");
            } else if (c == '\t') {
                b.append(' ');
            } else if (Character.isISOControl(c)) {
                b.append(String.format(java.util.Locale.ROOT, "[U+%04X]", (int) c));
            } else {
                b.append(c);
            }
        }
        if (b.length() > 0 && "#+-=".indexOf(b.charAt(0)) >= 0) {
            b.insert(0, '\\');
        }
        return b.toString();
    }
}
