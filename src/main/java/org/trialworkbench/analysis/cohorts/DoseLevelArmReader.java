package org.trialworkbench.analysis.cohorts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.Intervention;

/**
 * Reads arms that are steps of a dose escalation: "Dose Level 1: 0.5 mg/kg", "Cohort 2: 1 x 10^7
 * cells", "BMS-986315 Dose Level (DL) 1", "cohort A：dose level 1 of SSGJ-707", "Phase I: 70 Gy/35
 * fx", "AKB-6548, starting dose 1", "Part A dose escalation", "Low dose" / "High dose".
 * <p>
 * Not steps: placebo, sham and no-intervention arms, and expansion / optimization / phase II arms
 * (they run at a dose chosen by the escalation; decision: left out even when they state a dose).
 * Order: by level number when every step has one (so "-1" comes before 1); otherwise by dose when
 * every step has a dose in one unit (descending when the trial says it de-escalates); otherwise as
 * listed.
 */
public final class DoseLevelArmReader {
    private static final Pattern LEVEL = Pattern.compile(
            "\\b(?:dose\\s+level|level|DL|starting\\s+dose|dose|cohort|part|step)\\s*(?:\\((?:DL)\\)\\s*)?[:：#]?\\s*"
                    + "(?<level>[-−–]?\\d+|[A-H])(?![\\w.])", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOSE_CUE = Pattern.compile(
            "\\b(?:dose\\s+level|DL\\s*-?\\d|starting\\s+dose|escalat\\w*|dose[- ]finding|(?:low|medium|middle|mid|high|intermediate)[- ]dose)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_STEP = Pattern.compile(
            "\\b(?:placebo|sham|expansion|optimi[sz]ation|extension|food effect|phase\\s*(?:II|2)[ab]?\\b|RP2D)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ESCALATING = Pattern.compile(
            "\\bescalating\\s+doses\\b|^\\s*dose[- ]escalation\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIZE = Pattern.compile("\\(?\\bn\\s*=\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    /** Where one drug's dosing clause ends: sentence ends and the words that join another drug. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[.;](?=\\s|$)|,\\s|\\b(?:in combination with|combined with|together with|plus|followed by)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DE_ESCALATION = Pattern.compile("de-?escalat", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_DOSE = Pattern.compile(
            "(?:low|medium|middle|mid|high|intermediate)[- ]dose", Pattern.CASE_INSENSITIVE);
    /** Words saying the drug after them is the one escalated: "escalating doses of", "dose escalation of". */
    private static final Pattern ESCALATED_DRUG_BEFORE = Pattern.compile(
            "(?:escalating\\s+doses?|dose[- ]escalation|increasing\\s+doses?)\\s+(?:of\\s+)?(?:the\\s+)?$");

    private final DoseExpressionReader doses;
    private final AdministrationReader administrations;
    private final FractionationReader fractionation = new FractionationReader();

    public DoseLevelArmReader(DoseExpressionReader doses, AdministrationReader administrations) {
        this.doses = doses;
        this.administrations = administrations;
    }

    /** Dose-step arms in escalation order; empty when no arm is a dose step. */
    public List<EscalationStep> read(List<Arm> arms, List<Intervention> interventions, String trialText) {
        List<Candidate> steps = new ArrayList<>();
        List<Arm> stepArms = withoutComparators(arms.stream().filter(this::isStep).toList());
        if (!enoughSteps(stepArms)) {
            return List.of();
        }
        for (Arm arm : stepArms) {
            steps.add(new Candidate(group(arm.label()), level(arm.label()), step(arm, interventions)));
        }
        if (steps.stream().allMatch(c -> c.level() != null)) {
            List<String> groups = steps.stream().map(Candidate::group).distinct().toList();
            steps.sort(Comparator.comparing((Candidate c) -> groups.indexOf(c.group())).thenComparing(Candidate::level));
        } else if (sameUnitDoses(steps)) {
            // A stated total ("74 Gy/37 fx") orders radiotherapy steps; per-fraction doses are often equal.
            Comparator<Candidate> byDose = Comparator.comparingDouble((Candidate c) -> c.step().statedTotal() != null
                    ? c.step().statedTotal().quantity().value() : c.step().dose().quantity().value());
            boolean down = trialText != null && DE_ESCALATION.matcher(trialText).find();
            steps.sort(down ? byDose.reversed() : byDose);
        }
        return steps.stream().map(Candidate::step).toList();
    }

    /** Active comparators run beside the escalation (e.g. controls at the same doses): not steps when other arms are. */
    private static List<Arm> withoutComparators(List<Arm> stepArms) {
        List<Arm> others = stepArms.stream().filter(a -> a.type() != ArmType.ACTIVE_COMPARATOR).toList();
        return others.isEmpty() ? stepArms : others;
    }

    private record Candidate(String group, Integer level, EscalationStep step) {
    }

    private boolean isStep(Arm arm) {
        if (arm.type() == ArmType.PLACEBO_COMPARATOR || arm.type() == ArmType.SHAM_COMPARATOR
                || arm.type() == ArmType.NO_INTERVENTION || NOT_A_STEP.matcher(arm.label()).find()) {
            return false;
        }
        String label = arm.label();
        boolean hasDose = doses.first(label).isPresent();
        boolean cue = DOSE_CUE.matcher(label).find();
        boolean numbered = LEVEL.matcher(label).find()
                && (hasDose || DOSE_CUE.matcher(nullToEmpty(arm.description())).find());
        boolean describedAsEscalation = ESCALATING.matcher(nullToEmpty(arm.description())).find();
        return hasDose || cue || numbered || describedAsEscalation;
    }

    /**
     * One arm is a step only when it says it escalates or names a level; a lone dosed arm is a fixed dose,
     * and a lone "low dose" arm ("Low dose FDG PET/CT 5x") is no step of anything: low and high need each other.
     */
    private static boolean enoughSteps(List<Arm> stepArms) {
        return stepArms.size() >= 2
                || stepArms.stream().anyMatch(a -> loneStepCue(a.label()) || LEVEL.matcher(a.label()).find()
                || ESCALATING.matcher(nullToEmpty(a.description())).find());
    }

    private static boolean loneStepCue(String label) {
        Matcher cue = DOSE_CUE.matcher(label);
        while (cue.find()) {
            if (!RELATIVE_DOSE.matcher(cue.group()).matches()) {
                return true;
            }
        }
        return false;
    }

    private EscalationStep step(Arm arm, List<Intervention> interventions) {
        String text = arm.label() + (arm.description() == null ? "" : ". " + arm.description());
        String linked = linkedDescription(arm.label(), interventions);
        DoseMatch dose = doses.first(arm.label()).or(() -> doses.first(arm.description())).orElse(null);
        Administration admin = administrations.read(dosingPassage(arm, dose, linked));
        if (admin.count() == null && dose != null) {
            admin = countFromNamedInterventions(dose, interventions).orElse(admin);
        }
        DoseMatch total = null;
        String doseText = dose == null ? null : dose.text();
        Optional<FractionationReader.Fractionation> fx = fractionation.read(text);
        if (fx.isPresent()) {
            // Fractions are the administrations; a frequency elsewhere in the arm belongs to other drugs.
            dose = fx.get().perFraction();
            total = fx.get().total();
            admin = new Administration(fx.get().fractions(), null, admin.route(), fx.get().total().text());
            doseText = fx.get().total().text() + " (" + dose.quantity().value() + " Gy per fraction)";
        }
        Matcher size = SIZE.matcher(text);
        return new EscalationStep(arm.label(), null, size.find() ? Integer.valueOf(size.group(1)) : null,
                dose == null ? undosedIntervention(arm, interventions) : intervention(arm, text, interventions), dose, doseText, admin, null,
                linked == null ? text : text + "\n" + linked, total);
    }

    /**
     * The count stated for this dose by the interventions named with it ("DHAP + 0.25 mg/kg primaquine":
     * "... in combination with a single dose of 0.25mg/kg of primaquine"), read from the dose's own
     * clause; only when every such intervention states the same count.
     */
    private Optional<Administration> countFromNamedInterventions(DoseMatch dose, List<Intervention> interventions) {
        List<Administration> found = new ArrayList<>();
        for (Intervention i : interventions) {
            boolean named = doses.findAll(i.name()).stream().anyMatch(d -> d.quantity().equals(dose.quantity()));
            DoseMatch stated = named ? doses.findAll(i.description()).stream()
                    .filter(d -> d.quantity().equals(dose.quantity())).findFirst().orElse(null) : null;
            if (stated != null) {
                found.add(administrations.read(clauseOf(i.description(), stated)));
            }
        }
        boolean agree = !found.isEmpty() && found.get(0).count() != null
                && found.stream().allMatch(a -> found.get(0).count().equals(a.count()));
        return agree ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static String clauseOf(String text, DoseMatch dose) {
        Matcher before = CLAUSE_BREAK.matcher(text).region(0, dose.start());
        int start = 0;
        while (before.find()) {
            start = before.end();
        }
        Matcher after = CLAUSE_BREAK.matcher(text);
        int end = after.find(dose.end()) ? after.start() : text.length();
        return text.substring(start, end);
    }

    /**
     * Where the dosing of this arm is described: the sentence holding its dose, else the label with
     * the first sentence of the arm description, else an intervention description naming the arm's
     * level ("Starting dose 1. Oral dose administered once daily for 16 weeks.").
     */
    private static String dosingPassage(Arm arm, DoseMatch dose, String linked) {
        String description = nullToEmpty(arm.description());
        if (dose != null && doseIn(arm.label(), dose)) {
            return arm.label() + ". " + firstSentence(description);
        }
        if (dose != null) {
            int start = Math.max(description.lastIndexOf(". ", dose.start()) + 1, 0);
            int end = description.indexOf(". ", dose.end());
            return description.substring(start, end < 0 ? description.length() : end);
        }
        return arm.label() + ". " + firstSentence(description) + (linked == null ? "" : ". " + linked);
    }

    private static boolean doseIn(String label, DoseMatch dose) {
        return dose.end() <= label.length() && label.substring(dose.start(), dose.end()).equals(dose.text());
    }

    /** The first sentence, also when it ends at a line break ("... NK cells/dose.\n\nPD-1 blockade every 3 weeks"). */
    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        String upToPoint = end < 0 ? text : text.substring(0, end);
        List<String> sentences = Sentences.split(upToPoint);
        return sentences.isEmpty() ? upToPoint : sentences.get(0);
    }

    /** The description of the intervention that names this arm's level, e.g. "Starting dose 2." */
    private static String linkedDescription(String label, List<Intervention> interventions) {
        Matcher m = LEVEL.matcher(label);
        String phrase = null;
        while (m.find()) {
            phrase = m.group().strip();
        }
        if (phrase == null) {
            return null;
        }
        Pattern named = Pattern.compile("(?<![\\w-])" + Pattern.quote(phrase) + "(?![\\w.]\\d|\\d)", Pattern.CASE_INSENSITIVE);
        List<String> found = interventions.stream().map(Intervention::description)
                .filter(d -> d != null && named.matcher(d).find()).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /**
     * The intervention of an arm's dose: its only one; of several, the one its text names first ("3DRT of
     * 75.25 Gy ... with concurrent paclitaxel" names radiation, whatever the order of the arm's list);
     * else the first the arm lists.
     */
    private static String intervention(Arm arm, String armText, List<Intervention> interventions) {
        List<String> names = names(arm, interventions);
        if (names.size() == 1) {
            return names.get(0);
        }
        return firstNamedIn(armText, names).orElse(arm.interventionNames().isEmpty() ? null : names.get(0));
    }

    /** Of {@code names}, the one {@code text} names first (case aside). */
    private static Optional<String> firstNamedIn(String text, List<String> names) {
        String lower = text.toLowerCase(Locale.ROOT);
        return names.stream().filter(n -> lower.contains(n.toLowerCase(Locale.ROOT)))
                .min(Comparator.comparingInt(n -> lower.indexOf(n.toLowerCase(Locale.ROOT))));
    }

    /**
     * The intervention of an arm step without a dose: its only one; of several, the one the label names
     * first ("BMS-986315 DL 1 + Nivolumab"), else the one its description starts with ("S241656 will be
     * administered in combination with ..."), else the one the arm says it escalates ("escalating doses of
     * anti-KRAS G12D mTCR PBL"), else none: the drug named first in a description of several may be a
     * preparative or partner drug (cyclophosphamide before the escalated cells).
     */
    private static String undosedIntervention(Arm arm, List<Intervention> interventions) {
        List<String> names = names(arm, interventions);
        if (names.size() == 1) {
            return names.get(0);
        }
        Optional<String> named = firstNamedIn(arm.label(), names);
        if (named.isPresent()) {
            return named.get();
        }
        String description = nullToEmpty(arm.description()).strip().toLowerCase(Locale.ROOT);
        Optional<String> subject = names.stream().filter(n -> description.startsWith(n.toLowerCase(Locale.ROOT))).findFirst();
        if (subject.isPresent()) {
            return subject.get();
        }
        return names.stream().filter(n -> ESCALATED_DRUG_BEFORE.matcher(before(description, n.toLowerCase(Locale.ROOT))).find())
                .findFirst().orElse(null);
    }

    /** The words before the first mention of {@code name} in {@code text}; empty when not mentioned. */
    private static String before(String text, String name) {
        int at = text.indexOf(name);
        return at < 0 ? "" : text.substring(Math.max(0, at - 30), at);
    }

    private static List<String> names(Arm arm, List<Intervention> interventions) {
        return !arm.interventionNames().isEmpty()
                ? arm.interventionNames().stream().map(DrugNames::withoutType).distinct().toList()
                : interventions.stream().map(Intervention::name)
                        .filter(n -> !n.toLowerCase(Locale.ROOT).contains("placebo")).distinct().toList();
    }

    static Integer level(String label) {
        Matcher m = LEVEL.matcher(label);
        Integer found = null;
        while (m.find()) {
            String level = m.group("level").replace('−', '-').replace('–', '-');
            // Letters (cohort A) name groups, not levels; a later number ("dose level 1") is the level.
            if (level.matches("-?\\d+")) {
                found = Integer.valueOf(level);
            }
        }
        return found;
    }

    /** "Part 1" in "Part 1: X Dose Level 2", "cohort A" in "cohort A：dose level 1": levels run within it. */
    static String group(String label) {
        Matcher m = LEVEL.matcher(label);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
        return found.size() > 1 ? found.get(0) : "";
    }

    private static boolean sameUnitDoses(List<Candidate> steps) {
        return steps.size() > 1 && steps.stream().allMatch(c -> c.step().dose() != null)
                && steps.stream().map(c -> c.step().dose().quantity().unit()).distinct().count() == 1;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
