package org.trialworkbench.analysis.cohorts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.trialworkbench.analysis.text.AsciiCase;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.Trial;

/**
 * Reads the dose-escalation cohorts (or fixed-dose group, or regimen steps) of a trial from its arms,
 * interventions, brief summary and detailed description. Pure: the trial is not changed.
 * <p>
 * Sources are tried in this order and the first that yields steps wins: sequential cohorts written
 * as prose (two or more); two or more dose-step arms that state a dose; a per-cohort dosing list in
 * an intervention or arm text ("Cohorts 1-3: 16 mg QD * Cohort 4: 8 mg BID"); a list of two or more
 * doses in a dose-finding trial; the remaining dose-step arms (labelled steps, dose null); arms that
 * differ only in one drug's dose; a regimen of two or more steps in one intervention description; a
 * single fixed dose of the study drug ({@link FixedDoseReader}: never one dose picked out of a text
 * giving several). An escalation rule found in the
 * texts ("3+3 design ...") becomes the gate of every step but the last that has none. The reader
 * does not look at the phase: callers decide which trials to read.
 */
public final class CohortReader {
    /** Words saying a trial finds its dose, in any case: "dose-escalation", "Maximum Tolerated Dose". */
    private static final List<String> DOSE_FINDING_WORDS = List.of("dose-escalat", "dose escalat", "dose-finding",
            "dose finding", "dose-ranging", "dose ranging", "escalating doses", "dose levels", "maximum tolerated dose");
    private static final Pattern DOSE_FINDING_MARKS = Pattern.compile("\\bMTD\\b|3\\s*\\+\\s*3|phase (?:I|1)\\b(?!I)",
            Pattern.CASE_INSENSITIVE);
    private final DoseExpressionReader doses = new DoseExpressionReader();
    private final AdministrationReader administrations = new AdministrationReader();
    private final EscalationProseReader prose = new EscalationProseReader(doses, administrations);
    private final DoseLevelArmReader arms = new DoseLevelArmReader(doses, administrations);
    private final DoseSeriesReader series = new DoseSeriesReader(doses, administrations);
    private final CohortSizeReader sizes = new CohortSizeReader();
    private final RegimenReader regimens = new RegimenReader(doses, administrations);
    private final EscalationRuleReader rules = new EscalationRuleReader();
    private final CohortListReader cohortLists = new CohortListReader(doses, administrations);
    private final DoseVariantArmReader doseVariants = new DoseVariantArmReader(doses, administrations);
    private final FixedDoseReader fixedDoses = new FixedDoseReader(doses, administrations);
    private final CohortAssembler assembler = new CohortAssembler();

    /** Cohorts C1.. in escalation order; empty when nothing dose-related could be read. */
    public List<Cohort> read(Trial trial) {
        List<EscalationStep> steps = proseSteps(trial);
        String allText = allText(trial);
        List<EscalationStep> armSteps = steps.isEmpty()
                ? EscalationNames.ofArmSteps(arms.read(trial.arms(), trial.interventions(), allText)) : List.of();
        if (steps.isEmpty() && armSteps.size() >= 2 && armSteps.stream().anyMatch(s -> s.dose() != null)) {
            steps = withCommonSize(armSteps, trial);
        }
        if (steps.isEmpty()) {
            steps = cohortListSteps(trial);
        }
        if (steps.isEmpty() && isDoseFinding(trial, allText)) {
            List<Arm> described = trial.arms().stream().filter(CohortReader::isActiveArm).filter(a -> a.description() != null)
                    .toList();
            steps = series.readParallel(described, onlyActiveIntervention(trial));
            if (steps.isEmpty()) {
                steps = series.read(seriesTexts(trial), onlyActiveIntervention(trial));
            }
            steps = withCommonSize(steps, trial);
        }
        if (steps.isEmpty()) {
            steps = withCommonSize(armSteps, trial);
        }
        if (steps.isEmpty()) {
            steps = doseVariants.read(trial.arms());
        }
        boolean escalation = !steps.isEmpty();
        if (steps.isEmpty()) {
            steps = regimenSteps(trial);
        }
        if (steps.isEmpty()) {
            steps = fixedDoses.read(trial);
        }
        if (escalation) {
            steps = withRuleGates(steps, trial);
        }
        return assembler.assemble(steps);
    }

    private List<EscalationStep> proseSteps(Trial trial) {
        for (String text : texts(trial)) {
            List<EscalationStep> steps = prose.read(text);
            if (steps.size() >= 2 && steps.stream().anyMatch(s -> s.dose() != null)) {
                String only = onlyActiveIntervention(trial);
                // only a step with a dose is the one active intervention's ("standard therapy" groups are not)
                return steps.stream().map(s -> s.intervention() == null && s.dose() != null && only != null
                        ? s.withIntervention(only) : s).toList();
            }
        }
        return List.of();
    }

    private List<EscalationStep> regimenSteps(Trial trial) {
        for (Intervention i : active(trial)) {
            List<EscalationStep> steps = regimens.read(i.description(), i.name());
            if (steps.size() >= 2) {
                return steps;
            }
        }
        return List.of();
    }

    /** A per-cohort dosing list in an intervention text, else in an active arm's description. */
    private List<EscalationStep> cohortListSteps(Trial trial) {
        for (Intervention i : active(trial)) {
            List<EscalationStep> steps = cohortLists.read(i.description(), i.name());
            if (!steps.isEmpty()) {
                return steps;
            }
        }
        for (Arm arm : trial.arms().stream().filter(CohortReader::isActiveArm).toList()) {
            String name = arm.interventionNames().size() == 1
                    ? DrugNames.withoutType(arm.interventionNames().get(0)) : onlyActiveIntervention(trial);
            List<EscalationStep> steps = cohortLists.read(arm.description(), name);
            if (!steps.isEmpty()) {
                return steps;
            }
        }
        return List.of();
    }

    /** Dose lists are escalation steps only in a dose-finding trial (phase 1 or said so). */
    private static boolean isDoseFinding(Trial trial, String allText) {
        return trial.phases().contains(Phase.PHASE1) || trial.phases().contains(Phase.EARLY_PHASE1)
                || saysDoseFinding(allText);
    }

    private static boolean saysDoseFinding(String text) {
        // plain words by indexOf in the text lowered once; the pattern only where its words may be
        String lower = AsciiCase.lower(text);
        for (String word : DOSE_FINDING_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return (lower.contains("mtd") || lower.indexOf('+') >= 0 || lower.contains("phase "))
                && DOSE_FINDING_MARKS.matcher(text).find();
    }

    private List<EscalationStep> withCommonSize(List<EscalationStep> steps, Trial trial) {
        Integer size = steps.isEmpty() ? null : sizes.read(texts(trial));
        if (size == null) {
            return steps;
        }
        // A size the step states itself ("Cohort 1 (n = 10)") wins over the common one.
        return steps.stream().map(s -> s.size() != null ? s : new EscalationStep(s.label(), s.subjects(), size, s.intervention(), s.dose(),
                s.doseText(), s.administration(), s.gate(), s.sourceText(), s.statedTotal())).toList();
    }

    /** Texts a dose list may be in: descriptions, arms, interventions, and their names. */
    private static List<String> seriesTexts(Trial trial) {
        List<String> out = new ArrayList<>(texts(trial));
        trial.interventions().stream().map(Intervention::name).forEach(out::add);
        trial.arms().stream().filter(CohortReader::isActiveArm).map(Arm::label).forEach(out::add);
        return out;
    }

    /**
     * The rule gates every step but the last; of parallel escalations ("QD" and "BID" arms), every step but
     * the last of each: the rule does not lead from one escalation's top dose to the other's first.
     */
    private List<EscalationStep> withRuleGates(List<EscalationStep> steps, Trial trial) {
        String rule = rules.read(texts(trial));
        if (rule == null) {
            return steps;
        }
        List<EscalationStep> out = new ArrayList<>(steps);
        for (int i = 0; i < out.size() - 1; i++) {
            boolean lastOfItsEscalation = !Objects.equals(out.get(i).escalation(), out.get(i + 1).escalation());
            if (out.get(i).gate() == null && !lastOfItsEscalation) {
                out.set(i, out.get(i).withGate(rule));
            }
        }
        return out;
    }

    private static List<Intervention> active(Trial trial) {
        return FixedDoseReader.active(trial);
    }

    private static String onlyActiveIntervention(Trial trial) {
        List<Intervention> active = active(trial);
        return active.size() == 1 ? active.get(0).name() : null;
    }

    /** Texts in the order they are searched: descriptions first, then arms and interventions. */
    private static List<String> texts(Trial trial) {
        List<String> out = new ArrayList<>();
        out.add(trial.detailedDescription());
        out.add(trial.briefSummary());
        trial.arms().stream().filter(CohortReader::isActiveArm).map(Arm::description).forEach(out::add);
        trial.interventions().stream().map(Intervention::description).forEach(out::add);
        return out.stream().filter(t -> t != null && !t.isBlank()).toList();
    }

    private static boolean isActiveArm(Arm arm) {
        return FixedDoseReader.isActiveArm(arm);
    }

    private static String allText(Trial trial) {
        return String.join("\n", Stream.concat(texts(trial).stream(), trial.arms().stream().map(Arm::label)).toList());
    }
}
