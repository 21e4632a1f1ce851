package org.trialworkbench.importer.ctgov;

/**
 * A study whose structure is not what the format defines (a number where a list belongs, no
 * protocol section, no NCT id). The importer turns it into a failure of that record alone.
 */
public final class StudyShapeException extends Exception {
    public StudyShapeException(String message) {
        super(message);
    }
}
