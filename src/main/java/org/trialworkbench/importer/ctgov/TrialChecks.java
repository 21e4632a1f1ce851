package org.trialworkbench.importer.ctgov;

import org.trialworkbench.model.StudyType;
import org.trialworkbench.model.Trial;

/**
 * The checks every ClinicalTrials.gov record goes through after mapping: what a trial cannot be
 * without (NCT id, a title) fails the record; what a reviewer expects but the record lacks
 * (eligibility text, outcomes of an interventional study ...) becomes a warning.
 */
public final class TrialChecks {
    private TrialChecks() {
    }

    /** Builds the trial, or throws when the record has no NCT id or no title at all. */
    public static Trial complete(Trial.Builder b, String officialTitle, MappingLog log) throws StudyShapeException {
        if (b.id() == null) {
            throw new StudyShapeException("the study has no NCT id");
        }
        if (b.briefTitle() == null) {
            if (officialTitle == null) {
                throw new StudyShapeException("study " + b.id() + " has neither a brief nor an official title");
            }
            log.warn("no brief title; the official title is shown instead");
            b.briefTitle(officialTitle);
        }
        Trial trial = b.build();
        warnMissing(trial, log);
        return trial;
    }

    private static void warnMissing(Trial t, MappingLog log) {
        missing(t.overallStatus() == null, "overall status", log);
        missing(t.studyType() == null, "study type", log);
        missing(t.conditions().isEmpty(), "conditions", log);
        missing(t.enrollment() == null, "enrollment", log);
        missing(t.dates().start() == null, "start date", log);
        missing(t.eligibility().criteriaText() == null, "eligibility criteria text", log);
        if (t.studyType() == StudyType.INTERVENTIONAL) {
            missing(t.phases().isEmpty(), "phase (interventional study)", log);
            missing(t.outcomes().isEmpty(), "outcome measures (interventional study)", log);
            missing(t.arms().isEmpty(), "arms (interventional study)", log);
            missing(t.interventions().isEmpty(), "interventions (interventional study)", log);
        }
    }

    private static void missing(boolean isMissing, String what, MappingLog log) {
        if (isMissing) {
            log.warn("the record states no " + what);
        }
    }
}
