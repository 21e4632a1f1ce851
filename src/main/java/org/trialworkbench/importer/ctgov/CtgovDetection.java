package org.trialworkbench.importer.ctgov;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.importer.Detection;
import org.trialworkbench.importer.DocumentHead;

/**
 * Detection shared by the ClinicalTrials.gov importers, from the document head only: the JSON
 * formats are told by their structural keys, the XML format by its root element. The product's
 * own export, ICTRP XML, HTML and plain text are never claimed.
 */
final class CtgovDetection {
    private static final Pattern WORKBENCH_EXPORT = Pattern.compile("\"format\"\\s*:\\s*\"trial-workbench-export\"");
    // prolog items an XML document may start with: declaration, comments, processing instructions, DOCTYPE
    private static final Pattern PROLOG = Pattern.compile("\\A(?:\\s+|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^\\[>]*(?:\\[.*?])?\\s*>)*", Pattern.DOTALL);
    private static final Pattern ROOT = Pattern.compile("\\A<([A-Za-z_][\\w.:-]*)");

    private CtgovDetection() {
    }

    /**
     * Claims a JSON document whose head has {@code key} as a member name; {@code confirmingKey}
     * raises the score, {@code excludingKey} (the other JSON generation's key) rules it out.
     */
    static Detection json(DocumentHead head, String key, String formatName, String excludingKey, String confirmingKey) {
        String text = head.trimmedText();
        if (!(text.startsWith("{") || text.startsWith("["))) {
            return Detection.no("not JSON: the document does not start with { or [");
        }
        if (WORKBENCH_EXPORT.matcher(text).find()) {
            return Detection.no("a Trial Workbench export, not a ClinicalTrials.gov record");
        }
        if (hasMember(text, excludingKey)) {
            return Detection.no("JSON with the member \"" + excludingKey + "\": another ClinicalTrials.gov JSON generation");
        }
        if (!hasMember(text, key)) {
            return Detection.no("JSON without the member \"" + key + "\" in its first " + DocumentHead.LIMIT / 1024 + " KB");
        }
        if (hasMember(text, confirmingKey)) {
            return Detection.of(95, "ClinicalTrials.gov " + formatName + ": members " + key + " and " + confirmingKey);
        }
        return Detection.of(70, "ClinicalTrials.gov " + formatName + ": member " + key);
    }

    /** True when the text has {@code "name":} (a member name, not the word inside a string value). */
    private static boolean hasMember(String text, String name) {
        // A plain search, not a regex: detection runs on every document of a bulk import.
        String quoted = "\"" + name + "\"";
        for (int i = text.indexOf(quoted); i >= 0; i = text.indexOf(quoted, i + 1)) {
            int j = i + quoted.length();
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j < text.length() && text.charAt(j) == ':') {
                return true;
            }
        }
        return false;
    }

    /** The name of the root element of an XML head, or null when the head is no XML element. */
    static String xmlRoot(DocumentHead head) {
        String text = head.trimmedText();
        Matcher prolog = PROLOG.matcher(text);
        int start = prolog.lookingAt() ? prolog.end() : 0;
        Matcher root = ROOT.matcher(text.substring(start));
        return root.find() ? root.group(1) : null;
    }
}
