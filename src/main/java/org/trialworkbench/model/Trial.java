package org.trialworkbench.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The normalized trial. Mirrors the export schema's {@code trial}; {@code briefSummary},
 * {@code detailedDescription}, {@code lastUpdate}, {@code provenance} and {@code conflicts} are
 * extensions, and so is {@code corrections}: reviewers' corrections kept beside the reading (a stored
 * trial's other fields are the reading; the corrected view is made from both). Lists are never null. Build one with {@link #builder()}.
 */
public record Trial(String id, List<RegistryId> registryIds, List<SourceRef> sources, String briefTitle,
                    String officialTitle, String acronym, OverallStatus overallStatus, StudyType studyType,
                    List<Phase> phases, Design design, Enrollment enrollment, TrialDates dates,
                    String leadSponsor, List<String> conditions, List<String> countries,
                    String briefSummary, String detailedDescription, String lastUpdate,
                    Eligibility eligibility, List<Outcome> outcomes, List<Arm> arms,
                    List<Intervention> interventions, List<Cohort> cohorts, List<Annotation> annotations,
                    List<Conflict> conflicts, List<FieldProvenance> provenance, List<Correction> corrections) {

    public Trial {
        Values.require(id, "id");
        Values.require(briefTitle, "briefTitle");
        registryIds = Values.copy(registryIds);
        sources = Values.copy(sources);
        phases = Values.copy(phases);
        design = design == null ? Design.EMPTY : design;
        dates = dates == null ? TrialDates.EMPTY : dates;
        conditions = Values.copy(conditions);
        countries = Values.copy(countries);
        eligibility = eligibility == null ? Eligibility.EMPTY : eligibility;
        outcomes = Values.copy(outcomes);
        arms = Values.copy(arms);
        interventions = Values.copy(interventions);
        cohorts = Values.copy(cohorts);
        annotations = Values.copy(annotations);
        conflicts = Values.copy(conflicts);
        provenance = Values.copy(provenance);
        corrections = Values.copy(corrections);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable builder for importers and readers; {@link #build()} makes the immutable record. */
    public static final class Builder {
        private String id;
        private List<RegistryId> registryIds = new ArrayList<>();
        private List<SourceRef> sources = new ArrayList<>();
        private String briefTitle;
        private String officialTitle;
        private String acronym;
        private OverallStatus overallStatus;
        private StudyType studyType;
        private List<Phase> phases = new ArrayList<>();
        private Design design = Design.EMPTY;
        private Enrollment enrollment;
        private TrialDates dates = TrialDates.EMPTY;
        private String leadSponsor;
        private List<String> conditions = new ArrayList<>();
        private List<String> countries = new ArrayList<>();
        private String briefSummary;
        private String detailedDescription;
        private String lastUpdate;
        private Eligibility eligibility = Eligibility.EMPTY;
        private List<Outcome> outcomes = new ArrayList<>();
        private List<Arm> arms = new ArrayList<>();
        private List<Intervention> interventions = new ArrayList<>();
        private List<Cohort> cohorts = new ArrayList<>();
        private List<Annotation> annotations = new ArrayList<>();
        private List<Conflict> conflicts = new ArrayList<>();
        private List<FieldProvenance> provenance = new ArrayList<>();
        private List<Correction> corrections = new ArrayList<>();

        private Builder() {
        }

        private Builder(Trial t) {
            id = t.id;
            registryIds = new ArrayList<>(t.registryIds);
            sources = new ArrayList<>(t.sources);
            briefTitle = t.briefTitle;
            officialTitle = t.officialTitle;
            acronym = t.acronym;
            overallStatus = t.overallStatus;
            studyType = t.studyType;
            phases = new ArrayList<>(t.phases);
            design = t.design;
            enrollment = t.enrollment;
            dates = t.dates;
            leadSponsor = t.leadSponsor;
            conditions = new ArrayList<>(t.conditions);
            countries = new ArrayList<>(t.countries);
            briefSummary = t.briefSummary;
            detailedDescription = t.detailedDescription;
            lastUpdate = t.lastUpdate;
            eligibility = t.eligibility;
            outcomes = new ArrayList<>(t.outcomes);
            arms = new ArrayList<>(t.arms);
            interventions = new ArrayList<>(t.interventions);
            cohorts = new ArrayList<>(t.cohorts);
            annotations = new ArrayList<>(t.annotations);
            conflicts = new ArrayList<>(t.conflicts);
            provenance = new ArrayList<>(t.provenance);
            corrections = new ArrayList<>(t.corrections);
        }

        public Builder id(String v) { id = v; return this; }
        public Builder registryIds(List<RegistryId> v) { registryIds = new ArrayList<>(v); return this; }
        public Builder addRegistryId(RegistryId v) { registryIds.add(v); return this; }
        public Builder sources(List<SourceRef> v) { sources = new ArrayList<>(v); return this; }
        public Builder addSource(SourceRef v) { sources.add(v); return this; }
        public Builder briefTitle(String v) { briefTitle = v; return this; }
        public Builder officialTitle(String v) { officialTitle = v; return this; }
        public Builder acronym(String v) { acronym = v; return this; }
        public Builder overallStatus(OverallStatus v) { overallStatus = v; return this; }
        public Builder studyType(StudyType v) { studyType = v; return this; }
        public Builder phases(List<Phase> v) { phases = new ArrayList<>(v); return this; }
        public Builder design(Design v) { design = v; return this; }
        public Builder enrollment(Enrollment v) { enrollment = v; return this; }
        public Builder dates(TrialDates v) { dates = v; return this; }
        public Builder leadSponsor(String v) { leadSponsor = v; return this; }
        public Builder conditions(List<String> v) { conditions = new ArrayList<>(v); return this; }
        public Builder countries(List<String> v) { countries = new ArrayList<>(v); return this; }
        public Builder briefSummary(String v) { briefSummary = v; return this; }
        public Builder detailedDescription(String v) { detailedDescription = v; return this; }
        public Builder lastUpdate(String v) { lastUpdate = v; return this; }
        public Builder eligibility(Eligibility v) { eligibility = v; return this; }
        public Builder outcomes(List<Outcome> v) { outcomes = new ArrayList<>(v); return this; }
        public Builder addOutcome(Outcome v) { outcomes.add(v); return this; }
        public Builder arms(List<Arm> v) { arms = new ArrayList<>(v); return this; }
        public Builder addArm(Arm v) { arms.add(v); return this; }
        public Builder interventions(List<Intervention> v) { interventions = new ArrayList<>(v); return this; }
        public Builder addIntervention(Intervention v) { interventions.add(v); return this; }
        public Builder cohorts(List<Cohort> v) { cohorts = new ArrayList<>(v); return this; }
        public Builder annotations(List<Annotation> v) { annotations = new ArrayList<>(v); return this; }
        public Builder conflicts(List<Conflict> v) { conflicts = new ArrayList<>(v); return this; }
        public Builder provenance(List<FieldProvenance> v) { provenance = new ArrayList<>(v); return this; }
        public Builder corrections(List<Correction> v) { corrections = new ArrayList<>(v); return this; }

        public String id() { return id; }
        public String briefTitle() { return briefTitle; }
        public List<RegistryId> registryIds() { return registryIds; }

        public Trial build() {
            return new Trial(id, registryIds, sources, briefTitle, officialTitle, acronym, overallStatus, studyType,
                    phases, design, enrollment, dates, leadSponsor, conditions, countries, briefSummary,
                    detailedDescription, lastUpdate, eligibility, outcomes, arms, interventions, cohorts,
                    annotations, conflicts, provenance, corrections);
        }
    }
}
