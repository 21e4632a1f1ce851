package org.trialworkbench.analysis.cohorts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;

/**
 * Reads arms that differ only in one drug's dose: "TY-9591 80mg QD + pemetrexed 500mg/m² + cisplatin
 * 75mg/m²" and "TY-9591 160mg QD + pemetrexed 500mg/m² + cisplatin 75mg/m²" are two dose cohorts of
 * TY-9591 on a shared backbone. Each such arm is one step with the dose that varies.
 * <p>
 * Rule: two or more active arms whose descriptions are word for word the same once their doses are
 * set aside, and whose doses are the same at every place but one, where each arm has a different
 * dose in one unit. Arms that differ in anything else (another drug, another schedule) are not read
 * by this rule. Steps keep the arms' order.
 */
final class DoseVariantArmReader {
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[+;]|(?<=\\.)\\s|\\b(?:plus|with|and|followed by)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A drug named right before its dose: a code or a capitalised name ("TY-9591 80mg", "Drug X 10 mg"). */
    private static final Pattern AGENT = Pattern.compile("(?<![\\w-])([A-Z][\\w\\-]*|[\\w\\-]*\\d[\\w\\-]*)\\s*[(:]?\\s*$");

    private final DoseExpressionReader doses;
    private final AdministrationReader administrations;

    DoseVariantArmReader(DoseExpressionReader doses, AdministrationReader administrations) {
        this.doses = doses;
        this.administrations = administrations;
    }

    /** One step per arm of the largest group of arms that differ only in one dose; empty when none. */
    List<EscalationStep> read(List<Arm> arms) {
        Map<String, List<Arm>> byShape = new LinkedHashMap<>();
        for (Arm arm : arms) {
            if (isActive(arm) && arm.description() != null && !doses.findAll(arm.description()).isEmpty()) {
                byShape.computeIfAbsent(shape(arm.description()), k -> new ArrayList<>()).add(arm);
            }
        }
        List<List<Arm>> groups = byShape.values().stream().filter(g -> g.size() >= 2)
                .sorted(Comparator.comparingInt((List<Arm> g) -> g.size()).reversed()).toList();
        if (groups.isEmpty() || groups.size() > 1 && groups.get(1).size() == groups.get(0).size()) {
            return List.of();
        }
        return steps(groups.get(0));
    }

    private List<EscalationStep> steps(List<Arm> group) {
        List<List<DoseMatch>> perArm = group.stream().map(a -> doses.findAll(a.description())).toList();
        int varying = varyingPlace(perArm);
        if (varying < 0) {
            return List.of();
        }
        List<EscalationStep> out = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            Arm arm = group.get(i);
            String text = arm.description();
            DoseMatch dose = perArm.get(i).get(varying);
            String before = text.substring(clauseStart(text, dose.start()), dose.start());
            String clause = text.substring(dose.start(), clauseEnd(text, dose.end()));
            Matcher agent = AGENT.matcher(before);
            String name = agent.find() ? agent.group(1).strip() : interventionName(arm);
            out.add(new EscalationStep(arm.label(), null, null, name, dose, dose.text(), administrations.read(clause), null, text));
        }
        return out;
    }

    /** The one place where the arms' doses differ, each arm's own, in one unit; -1 when not so. */
    private static int varyingPlace(List<List<DoseMatch>> perArm) {
        int places = perArm.get(0).size();
        if (perArm.stream().anyMatch(d -> d.size() != places)) {
            return -1;
        }
        int varying = -1;
        for (int p = 0; p < places; p++) {
            final int place = p;
            List<DoseMatch> atPlace = perArm.stream().map(d -> d.get(place)).toList();
            long values = atPlace.stream().map(DoseMatch::quantity).distinct().count();
            long units = atPlace.stream().map(d -> d.quantity().unit()).distinct().count();
            if (values == 1) {
                continue;
            }
            if (varying >= 0 || units != 1 || values != atPlace.size()) {
                return -1;
            }
            varying = p;
        }
        return varying;
    }

    /** The description with each dose replaced by a mark, case and spacing ignored. */
    private String shape(String description) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (DoseMatch d : doses.findAll(description)) {
            out.append(description, at, d.start()).append("\u0000");
            at = d.end();
        }
        out.append(description.substring(at));
        return out.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static int clauseStart(String text, int before) {
        Matcher m = CLAUSE_BREAK.matcher(text).region(0, before);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    private static int clauseEnd(String text, int from) {
        Matcher m = CLAUSE_BREAK.matcher(text);
        return m.find(from) ? m.start() : text.length();
    }

    private static String interventionName(Arm arm) {
        return arm.interventionNames().size() == 1 ? DrugNames.withoutType(arm.interventionNames().get(0)) : null;
    }

    private static boolean isActive(Arm arm) {
        return arm.type() != ArmType.PLACEBO_COMPARATOR && arm.type() != ArmType.SHAM_COMPARATOR
                && arm.type() != ArmType.NO_INTERVENTION;
    }
}
