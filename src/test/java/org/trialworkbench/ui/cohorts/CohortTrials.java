package org.trialworkbench.ui.cohorts;

import java.util.List;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.InterventionType;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.SubjectRange;
import org.trialworkbench.model.TimeUnit;
import org.trialworkbench.model.Trial;

/** Hand-made trials shaped like what the cohort reader produces from the seeds and from mg/kg protocols. */
final class CohortTrials {
    static final String ESCALATION = "local-fe0de6a13a03";
    static final String FIXED = "NCT00962923";
    static final String MG_KG = "NCT02000001";
    static final String NO_COHORTS = "NCT03000001";
    static final String PARALLEL = "NCT04402008";

    private CohortTrials() {
    }

    /** Seed 004: 1x10E6 cells/kg once, twice, three times; 3, 4 and 3 subjects; each step gated. */
    static Trial cellEscalation() {
        Quantity dose = new Quantity(1e6, "cells/kg");
        return Trial.builder().id(ESCALATION).briefTitle("Allogenic adipose tissue derived-MSCs in CTD-ILD")
                .cohorts(List.of(
                        cells("C1", 1, 1, 3, 3, dose, 1, "no adverse events after 4 weeks",
                                "The initial 3 subjects will receive low-dose AD-MSC 1x10E6 cellskg infusion therapy only once"),
                        cells("C2", 2, 4, 7, 4, dose, 2, "no adverse events after 4 weeks of the last infusion",
                                "the next 4-7 subjects will receive AD-MSC 1x10E6 cellskg infusion therapy twice"),
                        cells("C3", 3, 8, 10, 3, dose, 3, null,
                                "the next 8-10 subjects will receive AD-MSC 1x10E6 cellskg infusion therapy three times")))
                .build();
    }

    private static Cohort cells(String key, int seq, int from, int to, int size, Quantity dose, int times, String gate,
                                String source) {
        return new Cohort(key, seq, "Cohort " + seq, new SubjectRange(from, to), size, "AD-MSC", dose,
                "1x10E6 cellskg, route: intravenous", times, null, new Quantity(dose.value() * times, dose.unit()),
                gate, source, null);
    }

    /** NCT00962923: one fixed dose, 10^6 cells/kg once, no subject numbers. */
    static Trial fixedCellDose() {
        String name = "Allogeneic Mesenchymal Stem Cells (AlloMSC)";
        return Trial.builder().id(FIXED).briefTitle("Allogeneic MSC transplantation for systemic sclerosis")
                .addIntervention(new Intervention(InterventionType.BIOLOGICAL, name,
                        "single dose, 10^6 cells/kg body weight", List.of()))
                .cohorts(List.of(new Cohort("C1", 1, name, null, null, name, new Quantity(1e6, "cells/kg"),
                        "10^6 cells/kg body weight, route: intravenous", 1, null, new Quantity(1e6, "cells/kg"), null,
                        "Allogeneic mesenchymal stem cells will be infused intravenously (single dose, 10^6 cells/kg body weight).", null)))
                .build();
    }

    /** mg/kg escalation every 3 weeks: counts not stated (cumulative not computed), and a step with a range. */
    static Trial mgPerKg() {
        String rule = "3+3 design: escalate if 0 of 3 subjects have a DLT";
        Offset q3w = new Offset(3, TimeUnit.WEEK, null);
        return Trial.builder().id(MG_KG).briefTitle("Antibody X dose escalation")
                .addArm(new Arm("Dose escalation", ArmType.EXPERIMENTAL, "0.3 to 3 mg/kg", List.of("Antibody X")))
                .cohorts(List.of(
                        new Cohort("C1", 1, "Dose level 1", null, 3, "Antibody X", new Quantity(0.3, "mg/kg"),
                                "0.3 mg/kg Q3W [cumulative dose not computed: number of administrations not stated]",
                                null, q3w, null, rule, "Dose level 1: 0.3 mg/kg IV Q3W", null),
                        new Cohort("C2", 2, "Dose level 2", null, 3, "Antibody X", new Quantity(1, "mg/kg"),
                                "1 mg/kg Q3W [cumulative dose not computed: number of administrations not stated]",
                                null, q3w, null, rule, "Dose level 2: 1 mg/kg IV Q3W", null),
                        new Cohort("C3", 3, "Dose level 3", null, null, "Antibody X", null,
                                "2-3 mg/kg [cumulative dose not computed: dose not stated]",
                                null, null, null, null, "Dose level 3: 2-3 mg/kg", null)))
                .build();
    }

    /** Two escalations in parallel, as NCT04402008 reads: once daily 8/12/16 mg and twice daily 4/6/8 mg. */
    static Trial parallelEscalations() {
        List<Cohort> cohorts = new java.util.ArrayList<>();
        double[][] doses = {{8, 12, 16}, {4, 6, 8}};
        String[] escalations = {"Once Daily Dosing", "Twice Daily Dosing"};
        for (int e = 0; e < 2; e++) {
            for (int i = 0; i < 3; i++) {
                int seq = cohorts.size() + 1;
                cohorts.add(new Cohort("C" + seq, seq, "Dose " + (int) doses[e][i] + " mg", null, null, "poziotinib",
                        new Quantity(doses[e][i], "mg"), doses[e][i] + " mg", null, null, null, i < 2 ? "3+3 design" : null,
                        "Dose finding at ...", escalations[e]));
            }
        }
        return Trial.builder().id(PARALLEL).briefTitle("Poziotinib dose finding").cohorts(cohorts).build();
    }

    /** A randomized trial: arms and interventions, no cohorts. */
    static Trial withoutCohorts() {
        return Trial.builder().id(NO_COHORTS).briefTitle("Drug B versus placebo")
                .addArm(new Arm("Drug B", ArmType.EXPERIMENTAL, "Drug B 20 mg daily", List.of("Drug B")))
                .addArm(new Arm("Placebo", ArmType.PLACEBO_COMPARATOR, null, List.of("Placebo")))
                .addIntervention(new Intervention(InterventionType.DRUG, "Drug B", "20 mg tablet", List.of("B-20")))
                .build();
    }
}
