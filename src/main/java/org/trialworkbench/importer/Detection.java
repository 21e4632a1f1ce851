package org.trialworkbench.importer;

/**
 * How sure an importer is that a document is in its format: 0 means no, 100 means certain; the
 * reason says what was seen ("root element clinical_study").
 */
public record Detection(int score, String reason) {
    public static final int NO = 0;
    public static final int WEAK = 10;
    public static final int LIKELY = 50;
    public static final int CERTAIN = 100;

    public static Detection no(String reason) {
        return new Detection(NO, reason);
    }

    public static Detection of(int score, String reason) {
        return new Detection(score, reason);
    }

    public boolean claims() {
        return score > NO;
    }
}
