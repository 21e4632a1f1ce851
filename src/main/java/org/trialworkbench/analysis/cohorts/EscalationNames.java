package org.trialworkbench.analysis.cohorts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which parallel escalation each step read from an arm belongs to, from the arm labels' words:
 * <ul>
 *   <li>a group named before a dose level ("cohort A：dose level 2 of SSGJ-707", "Part 1: BMS-986315 DL 2
 *   + Nivolumab") is the escalation of every level under that name;</li>
 *   <li>an arm that is a whole escalation ("Part 1B: Dose Escalation GI Tumors", "Single Agent T3011 Dose
 *   Escalation"), with no level and no dose of its own, is its own escalation.</li>
 * </ul>
 * Names are kept only when there are two or more and every step has one; otherwise the steps are one
 * escalation, as before (a lone "Part 1" names nothing worth telling apart).
 */
final class EscalationNames {
    /** A group's name leading a label: "Part 1A", "cohort B", "Arm 2", "Stage II", then ":" or a dash. */
    private static final Pattern GROUP = Pattern.compile(
            "^\\s*((?i:part|cohort|arm|group|stage)\\s*[A-Z0-9]{1,3}[a-z0-9]?)\\s*[:：\\-–]\\s*(.*)$", Pattern.DOTALL);
    /** A dose level after the group's name: "dose level 2", "DL 1", "level -1". */
    private static final Pattern LEVEL = Pattern.compile("(?i)\\b(?:dose\\s+level|level)\\s*(?:\\(DL\\)\\s*)?-?\\d|\\bDL\\s*-?\\d");
    private static final Pattern WHOLE_ESCALATION = Pattern.compile("(?i)\\bdose[-\\s]+escalation\\b");

    private EscalationNames() {
    }

    /** The steps, each with its escalation's name when the labels tell two or more apart. */
    static List<EscalationStep> ofArmSteps(List<EscalationStep> steps) {
        List<String> names = new ArrayList<>();
        for (EscalationStep s : steps) {
            names.add(nameOf(s));
        }
        Set<String> distinct = new LinkedHashSet<>(names);
        if (distinct.size() < 2 || distinct.contains(null)) {
            return steps;
        }
        List<EscalationStep> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            out.add(steps.get(i).withEscalation(names.get(i)));
        }
        return out;
    }

    private static String nameOf(EscalationStep s) {
        String label = s.label();
        if (label == null) {
            return null;
        }
        Matcher group = GROUP.matcher(label);
        if (group.matches() && LEVEL.matcher(group.group(2)).find()) {
            return group.group(1).strip();
        }
        boolean whole = WHOLE_ESCALATION.matcher(label).find() && !LEVEL.matcher(label).find() && s.dose() == null;
        return whole ? label.strip() : null;
    }
}
