package org.trialworkbench.ui.eligibility;

import java.util.List;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;
import org.trialworkbench.model.Comparator;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.Sex;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.model.Trial;

/**
 * Hand-made trials whose criteria carry thresholds as the criteria reader writes them: the same
 * parameter in different units, a doubtful unit, and criteria without thresholds.
 */
final class EligibilityTrials {
    static final String RENAL_UMOL = "NCT00000101";
    static final String RENAL_MG = "NCT00000102";
    static final String RENAL_MMOL = "NCT00000103";

    private EligibilityTrials() {
    }

    /** Excludes creatinine > 120 µmol/L (1.36 mg/dL); ages 18+; one text criterion. */
    static Trial creatinineInMicromoles() {
        String text = "Renal impairment: serum creatinine > 120 µmol/L at screening";
        Threshold t = new Threshold("serum creatinine", "serum creatinine > 120 µmol/L", Comparator.GT, 120, null,
                "umol/L", new Quantity(1.36, "mg/dL"), List.of());
        return trial(RENAL_UMOL, "Drug A in chronic kidney disease", new Age(18, AgeUnit.YEARS, true),
                List.of(new Criterion("I1", CriterionKind.INCLUSION, "Written informed consent", List.of(), false),
                        new Criterion("E1", CriterionKind.EXCLUSION, text, List.of(t), false)));
    }

    /** Excludes creatinine ≥ 2 mg/dL; ages 20+; a criterion whose kind was inferred from wording. */
    static Trial creatinineInMilligrams() {
        String text = "Creatinine ≥ 2 mg/dL";
        Threshold t = new Threshold("serum creatinine", "Creatinine ≥ 2 mg/dL", Comparator.GE, 2, null, "mg/dL",
                new Quantity(2, "mg/dL"), List.of());
        return trial(RENAL_MG, "Drug B versus placebo in adults with diabetic nephropathy and a long title that "
                        + "goes on about its population", new Age(20, AgeUnit.YEARS, true),
                List.of(new Criterion("I1", CriterionKind.INCLUSION, "Written informed consent", List.of(), false),
                        new Criterion("E1", CriterionKind.EXCLUSION, text, List.of(t), false),
                        new Criterion("E2", CriterionKind.EXCLUSION, "Pregnant or breastfeeding women", List.of(),
                                true)));
    }

    /** Creatinine "above 120 mmol/L": the unit is implausible, µmol/L offered, nothing normalized. */
    static Trial creatinineInImplausibleUnit() {
        String text = "Kidney involvement: serum creatinine above 120 mmol/L";
        Threshold t = new Threshold("serum creatinine", "serum creatinine above 120 mmol/L", Comparator.GT, 120, null,
                "mmol/L", null, List.of("UNIT_IMPLAUSIBLE", "LIKELY_UNIT:umol/L"));
        return trial(RENAL_MMOL, "Drug C in lupus nephritis", new Age(18, AgeUnit.YEARS, true),
                List.of(new Criterion("E1", CriterionKind.EXCLUSION, text, List.of(t), false)));
    }

    /** Includes ECOG performance status ≤ 1: a score, normalized without a unit. */
    static Trial performanceScore() {
        String text = "ECOG performance status 0-1 (≤ 1)";
        Threshold t = new Threshold("ECOG", "ECOG performance status 0-1 (≤ 1)", Comparator.LE, 1, null, null,
                new Quantity(1, null), List.of());
        return trial("NCT00000104", "Drug D in solid tumours", null,
                List.of(new Criterion("I1", CriterionKind.INCLUSION, text, List.of(t), false)));
    }

    private static Trial trial(String id, String title, Age minimumAge, List<Criterion> criteria) {
        return Trial.builder().id(id).briefTitle(title)
                .eligibility(new Eligibility(minimumAge, null, Sex.ALL, false, null, criteria)).build();
    }
}
