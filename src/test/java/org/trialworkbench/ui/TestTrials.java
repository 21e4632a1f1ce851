package org.trialworkbench.ui;

import java.util.List;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.InterventionType;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Recurrence;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.Sex;
import org.trialworkbench.model.SubjectRange;
import org.trialworkbench.model.TimeUnit;
import org.trialworkbench.model.Trial;

/** Two small trials that differ where a reviewer would look (ages, criteria, outcomes, cohorts). */
public final class TestTrials {
    private TestTrials() {
    }

    /** A phase 1 dose escalation: ages 18–75 inclusive, criteria read, a schedule, two cohorts. */
    public static Trial doseEscalation() {
        return Trial.builder().id("NCT01000001").briefTitle("Escalating doses of drug A in solid tumours")
                .addRegistryId(new RegistryId("NCT01000001", "ClinicalTrials.gov"))
                .phases(List.of(Phase.PHASE1)).overallStatus(OverallStatus.RECRUITING)
                .eligibility(new Eligibility(new Age(18, AgeUnit.YEARS, true), new Age(75, AgeUnit.YEARS, true),
                        Sex.ALL, false, "Inclusion: adults with ECOG 0-1. Exclusion: pregnancy.",
                        List.of(new Criterion("I1", CriterionKind.INCLUSION, "ECOG performance status 0-1", List.of(),
                                        false),
                                new Criterion("E1", CriterionKind.EXCLUSION, "Pregnancy", List.of(), false))))
                .addOutcome(new Outcome("P1", OutcomeKind.PRIMARY, "Dose-limiting toxicities", null, "Day 1 to day 28",
                        new Schedule(List.of(new Offset(28, TimeUnit.DAY, "Day 28")), null, List.of())))
                .addOutcome(new Outcome("S1", OutcomeKind.SECONDARY, "Plasma concentration", null,
                        "Every 3 months for 2 years", new Schedule(List.of(),
                        new Recurrence(new Offset(3, TimeUnit.MONTH, null), new Offset(2, TimeUnit.YEAR, null)),
                        List.of())))
                .addArm(new Arm("Drug A escalation", ArmType.EXPERIMENTAL, "Ascending doses", List.of("Drug A")))
                .addIntervention(new Intervention(InterventionType.DRUG, "Drug A", "Oral tablet", List.of("XY-12")))
                .cohorts(List.of(
                        new Cohort("C1", 1, "Cohort 1", new SubjectRange(3, 6), 6, "Drug A", new Quantity(10, "mg"),
                                "10 mg", null, null, null, "no DLT in 3 subjects", "Cohort 1: 10 mg", null),
                        new Cohort("C2", 2, "Cohort 2", new SubjectRange(3, 6), 6, "Drug A", new Quantity(20, "mg"),
                                "20 mg", null, null, null, null, "Cohort 2: 20 mg", null)))
                .build();
    }

    /** A phase 2 trial: only a minimum age (exclusive), women only, more inclusion criteria, no cohorts. */
    public static Trial randomizedPhase2() {
        return Trial.builder().id("jRCT2031200001").briefTitle("Drug B versus placebo in women with condition X")
                .addRegistryId(new RegistryId("jRCT2031200001", "jRCT"))
                .phases(List.of(Phase.PHASE2)).overallStatus(OverallStatus.COMPLETED)
                .eligibility(new Eligibility(new Age(20, AgeUnit.YEARS, false), null, Sex.FEMALE, null,
                        "1. Women over 20. 2. Condition X. Exclusion: 1. Renal failure.",
                        List.of(new Criterion("I1", CriterionKind.INCLUSION, "Women over 20", List.of(), false),
                                new Criterion("I2", CriterionKind.INCLUSION, "Condition X", List.of(), false),
                                new Criterion("E1", CriterionKind.EXCLUSION, "Renal failure", List.of(), true))))
                .addOutcome(new Outcome("P1", OutcomeKind.PRIMARY, "Response rate", null, "Week 12", null))
                .addArm(new Arm("Drug B", ArmType.EXPERIMENTAL, null, List.of("Drug B")))
                .addArm(new Arm("Placebo", ArmType.PLACEBO_COMPARATOR, null, List.of("Placebo")))
                .addIntervention(new Intervention(InterventionType.DRUG, "Drug B", null, List.of()))
                .build();
    }

    /** A bare trial with the given id and title (list and filter tests). */
    public static Trial bare(String id, String title) {
        return Trial.builder().id(id).briefTitle(title).build();
    }
}
