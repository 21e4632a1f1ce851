package org.trialworkbench.analysis.cohorts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a treatment regimen written as successive steps ("mobilization with cyclophosphamide 4 g/m2
 * and G-CSF ... conditioning with cyclophosphamide (50 mg/kg) for 4 days, and CD34+ cells were
 * transplanted") into one step each, with dose, repeats and interval.
 * <p>
 * The text is cut into clauses at sentence ends and at ", " / "and " before a clause; a clause
 * naming a step word from {@code regimen-steps.tsv} opens a step. A step dose given with no repeat
 * or frequency words counts as one administration (a regimen step happens once unless the text
 * says otherwise); a step without a dose keeps its dose null.
 */
public final class RegimenReader {
    private static final Map<String, String> STEPS = ResourceTable.pairs("regimen-steps.tsv");
    private static final Pattern STEP_WORD = Pattern.compile(
            "\\b(" + String.join("|", STEPS.keySet()) + ")\\w*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_END = Pattern.compile("[.;](?=\\s|$)|,\\s+(?:and\\s+)?(?=\\S)");
    private static final Pattern AGENT_BEFORE = Pattern.compile(
            "(?:^|\\s)(?<name>[A-Za-z][\\w+\\-]*(?:\\s+[A-Za-z][\\w+\\-]*)?)\\s*\\(?\\s*$");
    private static final Pattern CELLS = Pattern.compile("(?<name>\\S+\\s+(?:stem\\s+)?cells)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CO_AGENT = Pattern.compile(
            "\\b(?:and|with|plus)\\s+(?<name>[A-Z][\\w\\-]*(?:-[A-Z]+)?)\\b");

    private final DoseExpressionReader doses;
    private final AdministrationReader administrations;

    public RegimenReader(DoseExpressionReader doses, AdministrationReader administrations) {
        this.doses = doses;
        this.administrations = administrations;
    }

    /**
     * Regimen steps in written order; empty when no step word is found, and when two clauses name the
     * same step ("... the primary phase and the boost phase. The boost phase consists of 4 treatments";
     * "thymus transplantation is done ... Two to three months post-transplantation"): such clauses
     * mention steps, they are not one step each.
     */
    public List<EscalationStep> read(String text, String interventionName) {
        List<EscalationStep> steps = new ArrayList<>();
        if (text == null) {
            return steps;
        }
        for (String clause : clauses(text)) {
            Matcher stepWord = STEP_WORD.matcher(clause);
            if (stepWord.find()) {
                String label = STEPS.get(stepWord.group(1).toLowerCase(java.util.Locale.ROOT));
                if (steps.stream().anyMatch(s -> s.label().equals(label))) {
                    return new ArrayList<>();
                }
                steps.add(step(clause, label, interventionName));
            }
        }
        return steps;
    }

    private EscalationStep step(String clause, String label, String interventionName) {
        DoseMatch dose = doses.first(clause).orElse(null);
        Administration admin = administrations.read(clause);
        String agent;
        if (dose != null) {
            agent = agentBefore(clause.substring(0, dose.start()));
            if (admin.count() == null && admin.interval() == null) {
                admin = new Administration(1, null, admin.route(), null);
            }
        } else {
            Matcher cells = CELLS.matcher(clause);
            agent = cells.find() ? cells.group("name") : interventionName;
        }
        String doseText = dose == null ? null : withCoAgent(clause, dose);
        return new EscalationStep(label, null, null, agent, dose, doseText, admin, null, clause);
    }

    private static String agentBefore(String beforeDose) {
        Matcher m = AGENT_BEFORE.matcher(beforeDose);
        if (!m.find()) {
            return null;
        }
        String[] words = m.group("name").split("\\s+");
        return words[words.length - 1];
    }

    /** The dose as written, plus any agent given with it ("cyclophosphamide 4 g/m2 with G-CSF"). */
    private static String withCoAgent(String clause, DoseMatch dose) {
        String after = clause.substring(dose.end());
        Matcher co = CO_AGENT.matcher(after);
        String agent = agentBefore(clause.substring(0, dose.start()));
        String base = (agent == null ? "" : agent + " ") + dose.text();
        return co.find() && co.start() < 6 ? base + " with " + co.group("name") : base;
    }

    private static List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CLAUSE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            addClause(out, text.substring(start, m.start()));
            start = m.end();
        }
        addClause(out, text.substring(start));
        return out;
    }

    private static void addClause(List<String> out, String clause) {
        String c = clause.strip();
        if (!c.isEmpty()) {
            out.add(c);
        }
    }
}
