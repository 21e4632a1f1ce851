package org.trialworkbench.importer.html;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML page, laid out the way a browser's "copy" gives it, so that pages
 * saved with "Save page as…" go through the same text readers as copied text: block elements and
 * {@code <br>} end lines, table rows are lines with their cells separated by {@code " | "},
 * scripts, styles and the head are dropped, entities are decoded, whitespace is normalized per
 * line and runs of blank lines are collapsed to one.
 */
public final class HtmlText {
    public static final String CELL_SEPARATOR = " | ";
    private static final Set<String> DROPPED = Set.of("script", "style", "head", "noscript", "template", "svg", "iframe",
            "object", "select");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "nav",
            "aside", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead",
            "tbody", "tfoot", "tr", "caption", "form", "fieldset", "legend", "pre", "blockquote", "address", "hr",
            "figure", "figcaption", "details", "summary", "body", "html");
    private static final Pattern HTML_HEAD = Pattern.compile(
            "(?is)^(?:\\uFEFF)?\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*(?:<!DOCTYPE\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>])");
    private static final Pattern TAG_SOUP = Pattern.compile("(?i)<(html|body|div|table|p|span)[\\s>]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F\\f\\x0B]+");
    private static final Pattern EDGE_PIPES = Pattern.compile("^(?:\\s*\\|)+\\s*|\\s*(?:\\|\\s*)+$");

    private HtmlText() {
    }

    /** True when the head of a document is an HTML page (doctype, html/head/body tag, or HTML tags early on). */
    public static boolean looksLikeHtml(String head) {
        if (head == null) {
            return false;
        }
        if (HTML_HEAD.matcher(head).lookingAt()) {
            return true;
        }
        String start = head.stripLeading();
        return start.startsWith("<") && !start.startsWith("<?xml") && TAG_SOUP.matcher(start).find();
    }

    /** The visible text of the page. */
    public static String extract(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        Document document = Jsoup.parse(html);
        document.select(String.join(",", DROPPED)).remove();
        StringBuilder out = new StringBuilder();
        document.body().traverse(new TextCollector(out));
        return normalize(out.toString());
    }

    private static String normalize(String text) {
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : text.split("\n", -1)) {
            String l = SPACES.matcher(line).replaceAll(" ").strip();
            l = EDGE_PIPES.matcher(l).replaceAll("");
            if (l.isEmpty()) {
                blank = out.length() > 0;
                continue;
            }
            out.append(blank ? "\n\n" : out.length() > 0 ? "\n" : "").append(l);
            blank = false;
        }
        return out.toString();
    }

    /** Appends text nodes and the line and cell breaks the elements imply. */
    private static final class TextCollector implements NodeVisitor {
        private final StringBuilder out;

        TextCollector(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                out.append(text.text());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (tag.equals("td") || tag.equals("th")) {
                    if (e.elementSiblingIndex() > 0) {
                        out.append(CELL_SEPARATOR);
                    }
                } else if (BLOCKS.contains(tag)) {
                    out.append('\n');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                out.append('\n');
            }
        }
    }
}
