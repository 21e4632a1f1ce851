package org.trialworkbench.store;

import java.time.Instant;
import java.util.List;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;
import org.trialworkbench.model.Allocation;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Comparator;
import org.trialworkbench.model.Conflict;
import org.trialworkbench.model.ConflictValue;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.DateType;
import org.trialworkbench.model.Design;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.EnrollmentType;
import org.trialworkbench.model.FieldProvenance;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.InterventionModel;
import org.trialworkbench.model.InterventionType;
import org.trialworkbench.model.Masking;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.PrimaryPurpose;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Recurrence;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.Sex;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.StudyType;
import org.trialworkbench.model.SubjectRange;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.model.TimeUnit;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialDates;

/** Trials with every field filled, modelled on the seed records (NCT00962923, the CTD-ILD cohorts). */
final class TestTrials {
    /** Nanosecond instants: the store must keep them exactly. */
    static final Instant IMPORTED = Instant.parse("2026-11-21T10:15:30.123456789Z");

    private TestTrials() {
    }

    static Trial rich(String nct) {
        return Trial.builder()
                .id(nct)
                .addRegistryId(new RegistryId(nct, "ClinicalTrials.gov"))
                .addRegistryId(new RegistryId("UMIN000028381", "UMIN-CTR"))
                .addRegistryId(new RegistryId("ADSC-ILD-01", null))
                .addSource(new SourceRef("ctgov-json", "records/" + nct + ".json", sha(nct, 'a'), IMPORTED))
                .addSource(new SourceRef("page-text", "saved/" + nct + ".txt", sha(nct, 'b'), IMPORTED.plusNanos(1)))
                .briefTitle("Adipose MSC Therapy for CTD-ILD 50% dose_escalation")
                .officialTitle("A Phase 1  Dose-Escalation Study of Autologous Adipose-Derived Stem Cells")
                .acronym("ADSC-ILD")
                .overallStatus(OverallStatus.RECRUITING)
                .studyType(StudyType.INTERVENTIONAL)
                .phases(List.of(Phase.PHASE1, Phase.PHASE2))
                .design(new Design(Allocation.NON_RANDOMIZED, InterventionModel.SEQUENTIAL, Masking.NONE,
                        PrimaryPurpose.TREATMENT))
                .enrollment(new Enrollment(10, EnrollmentType.ESTIMATED))
                .dates(new TrialDates("2019-03", "2021-12-31", "2022", DateType.ACTUAL, DateType.ESTIMATED, null))
                .leadSponsor("Tokyo Medical University")
                .conditions(List.of("Interstitial Lung Disease", "Connective Tissue Disease"))
                .countries(List.of("Japan", "Côte d'Ivoire"))
                .briefSummary("Summary with 'quotes', ünïcödé and a\nnew line.")
                .detailedDescription("Subjects 1-3 receive one dose; 4-7 two doses.")
                .lastUpdate("2024-05-02")
                .eligibility(eligibility())
                .outcomes(outcomes())
                .arms(List.of(new Arm("Cohort 1", ArmType.EXPERIMENTAL, "1x10E6 cells/kg once",
                        List.of("ADSC", "Saline flush")), new Arm("Observation", null, null, List.of())))
                .interventions(List.of(new Intervention(InterventionType.BIOLOGICAL, "ADSC", "Autologous cells",
                        List.of("adipose-derived stem cells", "ADRC")),
                        new Intervention(null, "Standard care", null, List.of())))
                .cohorts(cohorts())
                .annotations(List.of(annotation(nct + "-a1", Instant.parse("2026-11-21T09:00:00.5Z")),
                        annotation(nct + "-a2", Instant.parse("2026-11-21T11:00:00.000000001Z"))))
                .conflicts(List.of(new Conflict("overallStatus", List.of(
                        new ConflictValue("RECRUITING", "ctgov-json", "records/" + nct + ".json"),
                        new ConflictValue("Not yet recruiting", "page-text", "saved/" + nct + ".txt"),
                        new ConflictValue(null, null, null)))))
                .provenance(List.of(new FieldProvenance("briefTitle",
                        List.of("records/" + nct + ".json", "saved/" + nct + ".txt")),
                        new FieldProvenance("acronym", List.of())))
                .build();
    }

    static Trial minimal(String id, String briefTitle) {
        return Trial.builder().id(id).briefTitle(briefTitle).build();
    }

    static String sha(String seed, char fill) {
        String hex = Integer.toHexString(seed.hashCode());
        return (hex + String.valueOf(fill).repeat(64)).substring(0, 64);
    }

    private static Eligibility eligibility() {
        Threshold albumin = new Threshold("serum albumin", "serum albumin ,25 g/L", Comparator.LT, 25.0, null,
                "g/L", new Quantity(2.5, "g/dL"), List.of("comparator-guessed", "unit-as-written"));
        Threshold creatinine = new Threshold("serum creatinine", "above 120 mmol/L", Comparator.GT, 120.0, null,
                "mmol/L", null, List.of("implausible-unit"));
        Threshold age = new Threshold("age", "aged 20 to 75.5 years", Comparator.BETWEEN, 20.0, 75.5, "years",
                new Quantity(0.1 + 0.2, null), List.of());
        return new Eligibility(new Age(16, AgeUnit.YEARS, true), new Age(65, AgeUnit.YEARS, false), Sex.ALL, false,
                "Inclusion Criteria:\n- aged 20 to 75.5 years\nExclusion Criteria:\n- serum albumin ,25 g/L",
                List.of(new Criterion("I1", CriterionKind.INCLUSION, "aged 20 to 75.5 years", List.of(age), false),
                        new Criterion("E1", CriterionKind.EXCLUSION, "serum albumin ,25 g/L; creatinine above 120",
                                List.of(albumin, creatinine), true),
                        new Criterion("E2", CriterionKind.EXCLUSION, "Uncontrolled arrhythmia", List.of(), true)));
    }

    private static List<Outcome> outcomes() {
        Schedule recurring = new Schedule(List.of(new Offset(0, TimeUnit.DAY, "Baseline"),
                new Offset(28, TimeUnit.DAY, "Day 28"), new Offset(1.5, TimeUnit.YEAR, null),
                new Offset(30, TimeUnit.DAY, "30 days after last dose", "last dose")),
                new Recurrence(new Offset(3, TimeUnit.MONTH, "every 3 months"), new Offset(2, TimeUnit.YEAR, null)),
                List.of("and at relapse"));
        Schedule openEnded = new Schedule(List.of(), new Recurrence(new Offset(1, TimeUnit.WEEK, null), null),
                List.of());
        Schedule empty = new Schedule(List.of(), null, List.of("until the end of the study", "as needed"));
        return List.of(
                new Outcome("P1", OutcomeKind.PRIMARY, "Adverse events", "Grade 3+", "Baseline, Day 28, every 3 months",
                        recurring),
                new Outcome("S1", OutcomeKind.SECONDARY, "FVC", null, "weekly", openEnded),
                new Outcome("S2", OutcomeKind.SECONDARY, "KL-6", "serum", "until the end of the study", empty),
                new Outcome("O1", OutcomeKind.OTHER, "Quality of life", null, null, null),
                new Outcome("O2", OutcomeKind.OTHER, "Change in 6-minute walk at Week 24 and 48", null, null,
                        new Schedule(List.of(new Offset(24, TimeUnit.WEEK, "Week 24"), new Offset(48, TimeUnit.WEEK, "48")),
                                null, List.of(), "Week 24 and 48")));
    }

    private static List<Cohort> cohorts() {
        return List.of(
                new Cohort("C1", 1, "Cohort 1", new SubjectRange(1, 3), 3, "ADSC", new Quantity(1e6, "cells/kg"),
                        "1x10E6 cells/kg", 1, new Offset(4, TimeUnit.WEEK, "4 weeks"),
                        new Quantity(1e6, "cells/kg"), "no adverse events after 4 weeks",
                        "Subjects 1-3 will receive a single dose", "Phase 1: Once Daily Dosing"),
                new Cohort("C2", 2, null, null, null, null, null, null, null, null, null, null, null, null));
    }

    static Annotation annotation(String id, Instant created) {
        return new Annotation(id, "criterion:E1", "question", "Is ,25 really <25?", "reviewer", created,
                created.plusMillis(1500));
    }
}
