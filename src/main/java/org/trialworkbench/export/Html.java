package org.trialworkbench.export;

import java.util.Locale;

/** HTML text escaping for element content and quoted attributes, inside HTML and inline SVG alike. */
final class Html {
    private Html() {
    }

    /**
     * Escapes {@code & < > " '}, shows bidi controls as {@code [U+202E]} tokens and other control
     * characters (not tab or newline) the same way, so no registry or reviewer text can become
     * markup, an attribute, or reorder the text around it.
     */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> appendVisible(b, c);
            }
        }
        return b.toString();
    }

    /**
     * {@link #esc} for table cells: a run of more than {@value #RUN} non-space characters (a hash,
     * a URL, a glued token) gets {@code <wbr>} break chances, so one long token cannot push a
     * table wider than the printed page while ordinary words are never split.
     */
    static String escBreakable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = Character.isWhitespace(c) ? 0 : run + 1;
            if (run > RUN && !Character.isLowSurrogate(c)) {
                b.append("<wbr>");
                run = 1;
            }
            b.append(esc(String.valueOf(c)));
        }
        return b.toString();
    }

    private static final int RUN = 24;

    private static void appendVisible(StringBuilder b, char c) {
        boolean control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c < 0xA0) || ExportText.isBidiControl(c);
        if (c == '\r') {
            b.append('\n');
        } else if (control) {
            b.append(String.format(Locale.ROOT, "[U+%04X]", (int) c));
        } else {
            b.append(c);
        }
    }
}
