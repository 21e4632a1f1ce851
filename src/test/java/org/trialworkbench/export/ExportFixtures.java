package org.trialworkbench.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Comparator;
import org.trialworkbench.model.Conflict;
import org.trialworkbench.model.ConflictValue;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.EnrollmentType;
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
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.StudyType;
import org.trialworkbench.model.SubjectRange;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.model.TimeUnit;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialDates;
import org.trialworkbench.model.comparison.Comparison;
import org.trialworkbench.service.CompareService;

/**
 * Hand-made trials for the exporter tests: two realistic ones (a dose-escalation cell therapy
 * trial and a comparator) for the golden files, and one whose every text is hostile.
 */
final class ExportFixtures {
    static final Instant EXPORTED = Instant.parse("2026-11-20T09:30:00Z");
    static final ExportHeader HEADER = new ExportHeader(EXPORTED, "Dr. A. Reviewer");
    static final Instant NOTED = Instant.parse("2026-11-19T16:05:12Z");
    static final Instant IMPORTED = Instant.parse("2026-11-18T08:00:00Z");

    /** Hostile strings: markup, formulas, a javascript: URL, tab/CR starts, quotes, pipes, an RTL override. */
    static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "=HYPERLINK(\"http://evil\",\"x\")",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1)",
            "javascript:alert(1)",
            "\tstarts with a tab",
            "\rstarts with a carriage return",
            "\"quotes\"",
            "|pipes|",
            "\u202Egnp.exe");

    private ExportFixtures() {
    }

    static Comparison golden() {
        return new CompareService().compare(List.of(escalation(), comparator()));
    }

    static Comparison hostile() {
        return new CompareService().compare(List.of(hostileTrial(), comparator()));
    }

    static Trial escalation() {
        return Trial.builder()
                .id("NCT01234567")
                .registryIds(List.of(new RegistryId("NCT01234567", "ClinicalTrials.gov"), new RegistryId("MSC-ILD-01", null)))
                .sources(List.of(
                        new SourceRef("ctgov-tabular-text", "000_tabular.txt", "a3f1c2d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90", IMPORTED),
                        new SourceRef("aggregator-text", "001_aggregator.txt", "0b1c2d3e4f5061728394a5b6c7d8e9f00b1c2d3e4f5061728394a5b6c7d8e9f0", IMPORTED)))
                .briefTitle("Adipose-derived MSC for interstitial lung disease & systemic sclerosis")
                .officialTitle("A phase 1/2, open-label, dose-escalation study of autologous AD-MSC")
                .acronym("MSC-ILD")
                .overallStatus(OverallStatus.COMPLETED)
                .studyType(StudyType.INTERVENTIONAL)
                .phases(List.of(Phase.PHASE1, Phase.PHASE2))
                .enrollment(new Enrollment(10, EnrollmentType.ACTUAL))
                .dates(new TrialDates("2009-08", "2010-12", "2011-12-31"))
                .leadSponsor("University Hospital")
                .conditions(List.of("Interstitial Lung Disease", "Systemic Sclerosis"))
                .countries(List.of("China"))
                .eligibility(new Eligibility(new Age(18, AgeUnit.YEARS, true), new Age(75, AgeUnit.YEARS, true), Sex.ALL, false,
                        null, List.of(
                        new Criterion("I1", CriterionKind.INCLUSION, "Diagnosis of systemic sclerosis (ACR 2013)", List.of(), false),
                        new Criterion("I2", CriterionKind.INCLUSION, "Hemoglobin ≥ 9 g/dL", List.of(
                                new Threshold("hemoglobin", "≥ 9 g/dL", Comparator.GE, 9, null, "g/dL", new Quantity(90, "g/L"), List.of())), false),
                        new Criterion("E1", CriterionKind.EXCLUSION, "serum creatinine above 120 mmol/L", List.of(
                                new Threshold("creatinine", "above 120 mmol/L", Comparator.GT, 120, null, "mmol/L",
                                        new Quantity(120000, "umol/L"), List.of("UNIT_IMPLAUSIBLE"))), true))))
                .outcomes(List.of(
                        new Outcome("P1", OutcomeKind.PRIMARY, "Incidence of dose-limiting toxicities", null, "28 days after the first infusion",
                                new Schedule(List.of(new Offset(28, TimeUnit.DAY, "Day 28")), null, List.of())),
                        new Outcome("S1", OutcomeKind.SECONDARY, "Change in modified Rodnan skin score", null, "Baseline, 6 and 12 months",
                                new Schedule(List.of(new Offset(0, TimeUnit.DAY, "Baseline"), new Offset(6, TimeUnit.MONTH, null),
                                        new Offset(12, TimeUnit.MONTH, null)), null, List.of())),
                        new Outcome("S2", OutcomeKind.SECONDARY, "Forced vital capacity", "% predicted",
                                "every 3 months for 2 years, and at relapse",
                                new Schedule(List.of(), new Recurrence(new Offset(3, TimeUnit.MONTH, null), new Offset(2, TimeUnit.YEAR, null)),
                                        List.of("and at relapse")))))
                .arms(List.of(new Arm("Dose escalation", ArmType.EXPERIMENTAL, "Three cohorts of AD-MSC", List.of("AD-MSC"))))
                .interventions(List.of(new Intervention(InterventionType.BIOLOGICAL, "AD-MSC", "intravenous infusion", List.of("ADSC"))))
                .cohorts(escalationCohorts())
                .annotations(List.of(
                        note("n1", "trial", "scope", "Only the phase 1 part is comparable"),
                        note("n2", "field:phases", null, "Registry says 1/2; protocol says 1"),
                        note("n3", "criterion:E1", "unit", "mmol/L is surely µmol/L"),
                        note("n4", "outcome:S2", null, "Relapse visits are unscheduled"),
                        note("n5", "cohort:C2", "safety", "Two infusions four weeks apart"),
                        note("n6", "arm:Dose escalation", null, "Single arm"),
                        note("n7", "outcome:P9", "stale", "Outcome dropped by a re-read")))
                .conflicts(List.of(new Conflict("enrollment", List.of(
                        new ConflictValue("10", "ctgov-tabular-text", "000_tabular.txt"),
                        new ConflictValue("12", "aggregator-text", "001_aggregator.txt")))))
                .build();
    }

    private static List<Cohort> escalationCohorts() {
        String text = "The initial 3 subjects receive one infusion; the next 4-7 subjects two; subjects 8-10 three.";
        List<Cohort> cohorts = new ArrayList<>();
        int[][] subjects = {{1, 3}, {4, 7}, {8, 10}};
        for (int i = 0; i < 3; i++) {
            int n = i + 1;
            cohorts.add(new Cohort("C" + n, n, "Cohort " + n, new SubjectRange(subjects[i][0], subjects[i][1]),
                    subjects[i][1] - subjects[i][0] + 1, "AD-MSC", new Quantity(1e6, "cells/kg"), "1x10E6 cells/kg", n,
                    n == 1 ? null : new Offset(4, TimeUnit.WEEK, null), new Quantity(n * 1e6, "cells/kg"),
                    "no adverse events after 4 weeks", text, null));
        }
        return cohorts;
    }

    static Trial comparator() {
        return Trial.builder()
                .id("jRCTc071190041")
                .registryIds(List.of(new RegistryId("jRCTc071190041", "jRCT"), new RegistryId("UMIN000028381", "UMIN-CTR")))
                .sources(List.of(new SourceRef("jrct-text", "003_jrct.txt", "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100", IMPORTED)))
                .briefTitle("Cell sheet therapy in systemic sclerosis")
                .overallStatus(OverallStatus.RECRUITING)
                .studyType(StudyType.INTERVENTIONAL)
                .phases(List.of(Phase.PHASE2))
                .enrollment(new Enrollment(30, EnrollmentType.ESTIMATED))
                .eligibility(new Eligibility(new Age(16, AgeUnit.YEARS, true), new Age(65, AgeUnit.YEARS, false), Sex.ALL, null,
                        null, List.of(
                        new Criterion("I1", CriterionKind.INCLUSION, "Hb 10 g/dL or more", List.of(
                                new Threshold("hemoglobin", "10 g/dL or more", Comparator.GE, 10, null, "g/dL", new Quantity(100, "g/L"), List.of())), false),
                        new Criterion("E1", CriterionKind.EXCLUSION, "Creatinine > 1.5 mg/dL", List.of(
                                new Threshold("creatinine", "> 1.5 mg/dL", Comparator.GT, 1.5, null, "mg/dL", new Quantity(132.6, "umol/L"), List.of())), false))))
                .outcomes(List.of(
                        new Outcome("P1", OutcomeKind.PRIMARY, "Overall response", null, "52 weeks",
                                new Schedule(List.of(new Offset(52, TimeUnit.WEEK, null)), null, List.of())),
                        new Outcome("O1", OutcomeKind.OTHER, "Quality of life", null, "at the investigator's discretion", null),
                        // no time frame stated: dated by the measure's words, which the exports name
                        new Outcome("O2", OutcomeKind.OTHER, "Change in SF-36 score at Week 12 and 24", null, null,
                                new Schedule(List.of(new Offset(12, TimeUnit.WEEK, "Week 12"), new Offset(24, TimeUnit.WEEK, "24")),
                                        null, List.of(), "Week 12 and 24"))))
                .annotations(List.of(note("m1", "criterion:I1", null, "Higher haemoglobin floor than NCT01234567")))
                .build();
    }

    /** Every text a registry or reviewer can supply is hostile; targets still match their items. */
    static Trial hostileTrial() {
        List<Annotation> notes = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String h = HOSTILE.get(i);
            String target = switch (i % 5) {
                case 0 -> "trial";
                case 1 -> "criterion:I1";
                case 2 -> "outcome:P1";
                case 3 -> "cohort:C1";
                default -> "arm:" + HOSTILE.get(2);
            };
            notes.add(new Annotation("h" + i, target, h, h, h, NOTED, null));
        }
        String all = String.join(" ", HOSTILE);
        return Trial.builder()
                .id("NCT09999999")
                .registryIds(List.of(new RegistryId("NCT09999999", "ClinicalTrials.gov"), new RegistryId(HOSTILE.get(6), null)))
                .sources(List.of(new SourceRef(HOSTILE.get(0), HOSTILE.get(11), HOSTILE.get(2), IMPORTED)))
                .briefTitle(HOSTILE.get(0) + " " + HOSTILE.get(11))
                .officialTitle(HOSTILE.get(1))
                .acronym(HOSTILE.get(5))
                .leadSponsor(HOSTILE.get(2))
                .conditions(HOSTILE)
                .eligibility(new Eligibility(null, null, null, null, all, List.of(
                        new Criterion("I1", CriterionKind.INCLUSION, HOSTILE.get(3) + " hemoglobin ≥ 9 g/dL", List.of(
                                new Threshold("hemoglobin", HOSTILE.get(4), Comparator.GE, -2, null, HOSTILE.get(1), null, List.of(HOSTILE.get(0)))), false),
                        new Criterion("E1", CriterionKind.EXCLUSION, all, List.of(), false))))
                .outcomes(List.of(new Outcome("P1", OutcomeKind.PRIMARY, HOSTILE.get(1), HOSTILE.get(9), HOSTILE.get(6),
                        new Schedule(List.of(new Offset(7, TimeUnit.DAY, HOSTILE.get(0))), null, List.of(HOSTILE.get(10), HOSTILE.get(11))))))
                .arms(List.of(new Arm(HOSTILE.get(2), ArmType.OTHER, HOSTILE.get(3), List.of(HOSTILE.get(6)))))
                .interventions(List.of(new Intervention(InterventionType.DRUG, HOSTILE.get(5), HOSTILE.get(7), List.of(HOSTILE.get(8)))))
                .cohorts(List.of(new Cohort("C1", 1, HOSTILE.get(4), new SubjectRange(1, 3), 3, HOSTILE.get(6), new Quantity(-2, HOSTILE.get(0)),
                        HOSTILE.get(2), 1, null, null, HOSTILE.get(7), all, null)))
                .conflicts(List.of(new Conflict(HOSTILE.get(5), List.of(new ConflictValue(HOSTILE.get(2), HOSTILE.get(0), HOSTILE.get(11)),
                        new ConflictValue(HOSTILE.get(3), HOSTILE.get(6), HOSTILE.get(10))))))
                .annotations(notes)
                .build();
    }

    private static Annotation note(String id, String target, String tag, String text) {
        return new Annotation(id, target, tag, text, "Dr. A. Reviewer", NOTED, null);
    }
}
