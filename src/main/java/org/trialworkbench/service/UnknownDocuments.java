package org.trialworkbench.service;

import org.trialworkbench.importer.DocumentHead;

/** Says, for a document no importer claims, what it looks like instead. */
final class UnknownDocuments {
    private UnknownDocuments() {
    }

    static String reason(DocumentHead head) {
        String text = head.trimmedText();
        if (looksBinary(head)) {
            return "binary data, not a registry record";
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return "JSON, but not a registry record this build reads (ClinicalTrials.gov API v2 or v1 JSON, "
                    + "or a Trial Workbench export)";
        }
        if (text.startsWith("<")) {
            return "XML or HTML, but not a registry record this build reads (ClinicalTrials.gov XML, WHO ICTRP XML, "
                    + "EU CTR page)";
        }
        if (text.isBlank()) {
            return "the file holds only whitespace";
        }
        return "not a registry record this build recognises (no registry id or trial fields found)";
    }

    static boolean looksBinary(DocumentHead head) {
        String text = head.text();
        int sample = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0 || c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                control++;
            }
        }
        return sample > 0 && control > sample / 20;
    }
}
