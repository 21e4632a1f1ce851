package org.trialworkbench.analysis.cohorts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.Trial;

/**
 * The last resort of {@link CohortReader}: one cohort for the one fixed dose of a trial's study drug.
 * <p>
 * Rules, in order: the one active intervention whose description states a dose; else the one active
 * arm that states a dose and names one intervention; else a sentence of the detailed description
 * or brief summary that names the one active intervention and states its dose ("Poziotinib (16 mg)
 * will be taken orally, once daily").
 * <p>
 * A text gives a fixed dose only when all the doses it states agree (product strengths and injected
 * volumes aside). A text stating different doses (a combination such as "cisplatin 75 mg/m2 ...
 * pemetrexed 500 mg/m2", or a start and a later dose) does not say which one is the arm's dose:
 * nothing is read from it rather than picking one, with two exceptions that the text itself
 * settles, both keeping the other doses in the dose text as not read: the one dose named as the
 * maintenance or target dose ("increased to the maintenance dose of 240 mg"), and the first dose
 * when it is written right after the intervention's own first-named drug ("Spike Protein 0.04 mg
 * ... plus BCG 50 mg", "Ruxolitinib starting dose level 5 mg ... may be escalated to 10 mg").
 */
final class FixedDoseReader {
    /** A dose named as the one the regimen settles on: "increased to the maintenance dose of 240 mg". */
    private static final Pattern MAINTENANCE = Pattern.compile(
            "\\b(?:maintenance|target)\\s+dose\\s*(?:of|is|:|=|\\()?\\s*$", Pattern.CASE_INSENSITIVE);

    private final DoseExpressionReader doses;
    private final AdministrationReader administrations;

    FixedDoseReader(DoseExpressionReader doses, AdministrationReader administrations) {
        this.doses = doses;
        this.administrations = administrations;
    }

    /** One step for the trial's fixed dose, or empty when no single dose can be read. */
    List<EscalationStep> read(Trial trial) {
        List<Intervention> active = active(trial);
        List<Intervention> withDose = active.stream().filter(i -> !doses.findAll(i.description()).isEmpty()).toList();
        if (withDose.size() == 1 && onlyStrengths(withDose.get(0).description())) {
            // "120 mg tablets will be dispensed" names a product strength, not the dose given.
            withDose = List.of();
        }
        if (withDose.size() == 1) {
            Intervention i = withDose.get(0);
            return step(i.name(), i.name(), i.description());
        }
        if (!withDose.isEmpty()) {
            return List.of();
        }
        List<EscalationStep> fromArm = fromOnlyArm(trial, active);
        if (!fromArm.isEmpty() || active.size() != 1 || anyArmStatesADose(trial)) {
            return fromArm;
        }
        return fromDescriptions(trial, active.get(0).name());
    }

    private List<EscalationStep> fromOnlyArm(Trial trial, List<Intervention> active) {
        List<Arm> activeArms = trial.arms().stream().filter(FixedDoseReader::isActiveArm)
                .filter(a -> !a.label().toLowerCase(Locale.ROOT).contains("placebo")).toList();
        if (activeArms.size() != 1) {
            return List.of();
        }
        Arm arm = activeArms.get(0);
        String text = arm.label() + (arm.description() == null ? "" : ". " + arm.description());
        String name = arm.interventionNames().size() == 1
                ? DrugNames.withoutType(arm.interventionNames().get(0))
                : active.size() == 1 ? active.get(0).name() : null;
        // With several drugs and no single named one, a dose in the arm may belong to any of them.
        return name == null ? List.of() : step(arm.label(), name, text);
    }

    /**
     * A dose written right after the drug's name in the detailed description or brief summary
     * ("Poziotinib (16 mg) will be taken orally"), when every dose that text gives to the drug agrees.
     */
    private List<EscalationStep> fromDescriptions(Trial trial, String drug) {
        for (String text : new String[] {trial.detailedDescription(), trial.briefSummary()}) {
            List<String> dosed = Sentences.split(text).stream()
                    .filter(s -> doses.given(s).stream().anyMatch(d -> DrugNames.writtenRightAfter(s, drug, d))).toList();
            List<DoseMatch> drugDoses = dosed.stream().flatMap(s -> doses.given(s).stream()
                    .filter(d -> DrugNames.writtenRightAfter(s, drug, d))).toList();
            if (!dosed.isEmpty() && drugDoses.stream().map(DoseMatch::quantity).distinct().count() == 1) {
                String sentence = dosed.get(0);
                DoseMatch dose = drugDoses.get(0);
                return List.of(stepFor(drug, drug, dose, dose.text(), sentence));
            }
        }
        return List.of();
    }

    /**
     * The step for a text: its single dose; or, when it gives several different doses, the first
     * one only if it is written right after the intervention's own (first-named) drug, which then
     * names the cohort and the other doses stay in the dose text as not read.
     */
    private List<EscalationStep> step(String label, String intervention, String text) {
        Optional<DoseMatch> single = doses.single(text);
        if (single.isPresent()) {
            return List.of(stepFor(label, intervention, single.get(), single.get().text(), text));
        }
        List<DoseMatch> given = doses.given(text);
        Optional<DoseMatch> maintenance = given.stream().filter(d -> MAINTENANCE.matcher(before(text, d)).find()).findFirst();
        if (maintenance.isPresent() && given.stream().filter(d -> MAINTENANCE.matcher(before(text, d)).find()).count() == 1) {
            DoseMatch d = maintenance.get();
            return List.of(stepFor(label, intervention, d, d.text() + " (maintenance dose) [other doses in the text not read: "
                    + others(given, d) + "]", text));
        }
        String lead = DrugNames.lead(intervention);
        if (given.isEmpty() || lead == null || !DrugNames.writtenRightAfter(text, lead, given.get(0))) {
            return List.of();
        }
        return List.of(stepFor(label, lead, given.get(0), given.get(0).text() + " [other doses in the text not read: "
                + others(given, given.get(0)) + "]", text));
    }

    private static String others(List<DoseMatch> given, DoseMatch read) {
        return given.stream().filter(d -> d != read).map(DoseMatch::text).distinct().collect(Collectors.joining(", "));
    }

    private static String before(String text, DoseMatch dose) {
        return text.substring(Math.max(0, dose.start() - 30), dose.start());
    }

    private EscalationStep stepFor(String label, String intervention, DoseMatch dose, String doseText, String text) {
        return new EscalationStep(label, null, null, intervention, dose, doseText, administrations.read(text, dose.quantity()),
                null, text);
    }

    private boolean onlyStrengths(String text) {
        return doses.findAll(text).stream().allMatch(d -> doses.isStrength(text, d));
    }

    private boolean anyArmStatesADose(Trial trial) {
        return trial.arms().stream().filter(FixedDoseReader::isActiveArm)
                .anyMatch(a -> !doses.findAll(a.label()).isEmpty() || !doses.findAll(a.description()).isEmpty());
    }

    static List<Intervention> active(Trial trial) {
        return trial.interventions().stream()
                .filter(i -> !i.name().toLowerCase(Locale.ROOT).contains("placebo"))
                .toList();
    }

    static boolean isActiveArm(Arm arm) {
        return arm.type() != ArmType.PLACEBO_COMPARATOR && arm.type() != ArmType.NO_INTERVENTION;
    }
}
