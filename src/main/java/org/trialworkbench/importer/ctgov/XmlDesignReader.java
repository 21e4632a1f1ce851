package org.trialworkbench.importer.ctgov;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Design;

/**
 * The design of a legacy XML record: {@code <study_design_info>} with one element per part, or in
 * records from before 2017 the one-line {@code <study_design>} "Allocation: Randomized, Masking:
 * Double Blind (Subject, Investigator), Primary Purpose: Treatment".
 */
final class XmlDesignReader {
    private static final Pattern PART = Pattern.compile(
            "(Allocation|Intervention Model|Masking|Primary Purpose):\\s*(.*?)\\s*(?=,\\s*[A-Z][A-Za-z ]+:|$)");

    private XmlDesignReader() {
    }

    static Design read(XmlElement study, MappingLog log) {
        XmlElement info = study.find("study_design_info");
        if (info != null) {
            return design(info.text("allocation"), info.text("intervention_model"), info.text("masking"),
                    info.text("primary_purpose"), log);
        }
        String line = study.text("study_design");
        if (line == null) {
            return Design.EMPTY;
        }
        Map<String, String> parts = new HashMap<>();
        Matcher m = PART.matcher(line);
        while (m.find()) {
            parts.put(m.group(1), m.group(2));
        }
        return design(parts.get("Allocation"), parts.get("Intervention Model"), parts.get("Masking"),
                parts.get("Primary Purpose"), log);
    }

    private static Design design(String allocation, String model, String masking, String purpose, MappingLog log) {
        return new Design(CtgovVocabulary.allocation(allocation, log), CtgovVocabulary.interventionModel(model, log),
                CtgovVocabulary.masking(masking, log), CtgovVocabulary.primaryPurpose(purpose, log));
    }
}
