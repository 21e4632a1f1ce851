package org.trialworkbench.importer.ctgov;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small read-only element tree of one {@code <clinical_study>}, built by {@link XmlTreeReader}. */
public final class XmlElement {
    private final String name;
    private final Map<String, String> attributes;
    private final StringBuilder text = new StringBuilder();
    private final List<XmlElement> children = new ArrayList<>();

    XmlElement(String name, Map<String, String> attributes) {
        this.name = name;
        this.attributes = new HashMap<>(attributes);
    }

    public String name() {
        return name;
    }

    public String attribute(String key) {
        return attributes.get(key);
    }

    /** The element's own text as written (whitespace kept). */
    public String rawText() {
        return text.toString();
    }

    /** The first element at a slash-separated path below this one ("sponsors/lead_sponsor"), or null. */
    public XmlElement find(String path) {
        XmlElement current = this;
        for (String step : path.split("/")) {
            current = current.children.stream().filter(c -> c.name.equals(step)).findFirst().orElse(null);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** All elements at a slash-separated path below this one, in document order. */
    public List<XmlElement> findAll(String path) {
        int slash = path.lastIndexOf('/');
        XmlElement parent = slash < 0 ? this : find(path.substring(0, slash));
        if (parent == null) {
            return List.of();
        }
        String last = path.substring(slash + 1);
        return parent.children.stream().filter(c -> c.name.equals(last)).toList();
    }

    /** The stripped text at a path, line endings as "\n"; null when absent or blank. */
    public String text(String path) {
        XmlElement e = find(path);
        return e == null ? null : e.cleanText();
    }

    /** The texts of all elements at a path, stripped, line endings as "\n", blanks dropped. */
    public List<String> texts(String path) {
        List<String> out = new ArrayList<>();
        for (XmlElement e : findAll(path)) {
            String t = e.cleanText();
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** The {@code <textblock>} inside the element at a path, without the XML's indentation. */
    public String textblock(String path) {
        XmlElement e = find(path + "/textblock");
        return e == null ? null : CtgovText.dedent(e.rawText());
    }

    private String cleanText() {
        return CtgovText.clean(CtgovText.unixLineEndings(rawText()));
    }

    void appendText(String s) {
        text.append(s);
    }

    void addChild(XmlElement child) {
        children.add(child);
    }
}
