package org.trialworkbench.importer.ctgov;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON value with its path in the study ("protocolSection.designModule.phases"), read with type
 * checks: a missing or null field is "not stated", a field of the wrong type (a number where a
 * list belongs) is a {@link StudyShapeException} naming the path, so a study is never misread.
 */
public final class JsonField {
    private final JsonNode node;
    private final String path;
    /** Texts are Markdown (API v2) and lose their backslash escapes when read. */
    private final boolean markdown;

    private JsonField(JsonNode node, String path, boolean markdown) {
        this.node = node;
        this.path = path;
        this.markdown = markdown;
    }

    /** A study of the retired API (v1): texts are plain. */
    public static JsonField root(JsonNode node, String path) {
        return new JsonField(node, path, false);
    }

    /** A study of API v2, whose texts are Markdown: see {@link CtgovText#fromMarkdown}. */
    public static JsonField markdownRoot(JsonNode node, String path) {
        return new JsonField(node, path, true);
    }

    /** True when the value is missing or JSON null. */
    public boolean absent() {
        return node == null || node.isNull() || node.isMissingNode();
    }

    public String path() {
        return path;
    }

    /** A member of this object; absent when this value is absent. */
    public JsonField get(String name) throws StudyShapeException {
        if (absent()) {
            return new JsonField(null, child(name), markdown);
        }
        expect(node.isObject(), "an object");
        return new JsonField(node.get(name), child(name), markdown);
    }

    /** A member that must be an object when present. */
    public JsonField object(String name) throws StudyShapeException {
        JsonField f = get(name);
        if (!f.absent()) {
            f.expect(f.node.isObject(), "an object");
        }
        return f;
    }

    /** A text member: null when absent or blank. Numbers and booleans are not text. */
    public String text(String name) throws StudyShapeException {
        JsonField f = get(name);
        if (f.absent()) {
            return null;
        }
        f.expect(f.node.isTextual(), "a text");
        return f.textOf(f.node);
    }

    /** A whole-number member, e.g. an enrollment count. */
    public Integer integer(String name) throws StudyShapeException {
        JsonField f = get(name);
        if (f.absent()) {
            return null;
        }
        f.expect(f.node.isIntegralNumber() && f.node.canConvertToInt(), "a whole number");
        return f.node.intValue();
    }

    public Boolean bool(String name) throws StudyShapeException {
        JsonField f = get(name);
        if (f.absent()) {
            return null;
        }
        f.expect(f.node.isBoolean(), "true or false");
        return f.node.booleanValue();
    }

    /** The items of an array member; empty when absent. */
    public List<JsonField> items(String name) throws StudyShapeException {
        JsonField f = get(name);
        List<JsonField> out = new ArrayList<>();
        if (f.absent()) {
            return out;
        }
        f.expect(f.node.isArray(), "a list");
        for (int i = 0; i < f.node.size(); i++) {
            out.add(new JsonField(f.node.get(i), f.path + "[" + i + "]", markdown));
        }
        return out;
    }

    /** The items of an array member that must all be objects. */
    public List<JsonField> objects(String name) throws StudyShapeException {
        List<JsonField> out = items(name);
        for (JsonField item : out) {
            item.expect(item.node != null && item.node.isObject(), "an object");
        }
        return out;
    }

    /** The texts of an array member of strings; blanks and nulls are skipped. */
    public List<String> texts(String name) throws StudyShapeException {
        List<String> out = new ArrayList<>();
        for (JsonField item : items(name)) {
            if (!item.absent()) {
                item.expect(item.node.isTextual(), "a text");
                String t = item.textOf(item.node);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private String textOf(JsonNode textNode) {
        String t = CtgovText.clean(textNode.textValue());
        return markdown ? CtgovText.fromMarkdown(t) : t;
    }

    private String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private void expect(boolean ok, String what) throws StudyShapeException {
        if (!ok) {
            throw new StudyShapeException(path + " should be " + what + " but is " + describe(node));
        }
    }

    private static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "missing";
        }
        String shown = n.isContainerNode() ? "" : " " + abbreviate(n.toString());
        return switch (n.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NUMBER -> "a number" + shown;
            case BOOLEAN -> "a boolean" + shown;
            case STRING -> "a text" + shown;
            default -> n.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + shown;
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
