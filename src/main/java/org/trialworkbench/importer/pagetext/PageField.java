package org.trialworkbench.importer.pagetext;

/** What a label on a copied page stands for; the label tables map page wording onto these. */
enum PageField {
    REGISTRY_ID, OTHER_IDS, BRIEF_TITLE, OFFICIAL_TITLE, ACRONYM, CONDITIONS, LEAD_SPONSOR, SPONSORS,
    BRIEF_SUMMARY, DETAILED_DESCRIPTION, STATUS, SEX, ENROLLMENT, STUDY_TYPE, DESIGN, PHASE,
    PRIMARY_OUTCOMES, SECONDARY_OUTCOMES, OTHER_OUTCOMES, LOCATIONS, COUNTRIES, ELIGIBILITY, AGES,
    MIN_AGE, MAX_AGE, HEALTHY_VOLUNTEERS, BASICS, ARMS, INTERVENTIONS, LAST_UPDATE, START_DATE,
    PRIMARY_COMPLETION_DATE, COMPLETION_DATE,
    /** Lines before the first label (the page title). */
    PREAMBLE,
    /** Other trials shown on the page: their ids are not this trial's. */
    RELATED,
    /** A heading that groups labels and has no value of its own. */
    GROUP,
    /** Known label whose value the model does not keep. */
    IGNORED
}
