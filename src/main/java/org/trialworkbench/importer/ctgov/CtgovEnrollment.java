package org.trialworkbench.importer.ctgov;

import org.trialworkbench.model.Enrollment;

/** Enrollment written as text (API v1, XML): "63" with type "Anticipated" → 63, ESTIMATED. */
final class CtgovEnrollment {
    private CtgovEnrollment() {
    }

    static Enrollment read(String count, String type, MappingLog log) {
        if (count == null || count.isBlank()) {
            return null;
        }
        String digits = count.strip();
        if (!digits.matches("\\d{1,9}")) {
            log.warn("enrollment '" + digits + "' is not a whole number of participants; left empty");
            return null;
        }
        return new Enrollment(Integer.parseInt(digits), CtgovVocabulary.enrollmentType(type, log));
    }
}
