package org.trialworkbench.analysis.cohorts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a dosing list written per cohort in one intervention or arm text: "Cohorts 1-3: 16 mg QD *
 * Cohort 4: 8 mg BID", "Cohort 1: 0.2 mg/kg every other week / Cohort 2: 0.2 mg/kg weekly",
 * "Cohort A: 100 mg; Cohort B: 200 mg". Each cohort named by an item head ("Cohort 4:", "Cohorts
 * 1-3:", "Cohorts 6 and 7:") is one step with the item's dose.
 * <p>
 * An item that states several different doses ("randomized to 8 mg BID or 6 mg BID") keeps its dose
 * null and its words as the dose text; an item that describes a population before any dose ("Cohort
 * 1: patients previously treated with cisplatin 75 mg/m2") gives no dose. A list is read only when
 * it names two or more cohorts, each once, and at least one item gives a dose.
 */
final class CohortListReader {
    private static final Pattern HEAD = Pattern.compile(
            "(?<![\\w-])cohorts?\\s*(?<spec>(?:\\d+|[A-H])(?:\\s*(?:-|–|to|and|&|,)\\s*(?:\\d+|[A-H]))*)\\s*[:：]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*(?:-|–|to)\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern POPULATION = Pattern.compile(
            "\\b(?:patients?|participants?|subjects?|individuals?|volunteers?|people|adults?|children|who)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_COHORTS = 30;

    private final DoseExpressionReader doses;
    private final AdministrationReader administrations;

    CohortListReader(DoseExpressionReader doses, AdministrationReader administrations) {
        this.doses = doses;
        this.administrations = administrations;
    }

    /** One step per listed cohort, in cohort order; empty when the text holds no dosing list. */
    List<EscalationStep> read(String text, String intervention) {
        if (text == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        List<EscalationStep> steps = new ArrayList<>();
        Matcher head = HEAD.matcher(text);
        boolean found = head.find();
        while (found) {
            List<String> cohorts = cohorts(head.group("spec"));
            if (cohorts.isEmpty()) {
                return List.of();
            }
            int itemStart = head.end();
            found = head.find();
            String item = clean(text.substring(itemStart, found ? head.start() : text.length()));
            for (String id : cohorts) {
                if (ids.contains(id) || ids.size() >= MAX_COHORTS) {
                    return List.of();
                }
                ids.add(id);
                steps.add(step("Cohort " + id, item, intervention, administrations.route(text)));
            }
        }
        boolean anyDose = steps.stream().anyMatch(s -> s.dose() != null);
        return steps.size() >= 2 && anyDose ? inOrder(ids, steps) : List.of();
    }

    /** The item's step; a route named for the whole text ("tablet for oral administration") applies when the item names none. */
    private EscalationStep step(String label, String item, String intervention, String textRoute) {
        DoseMatch first = doses.findAll(item).stream().findFirst().orElse(null);
        boolean population = first != null && POPULATION.matcher(item.substring(0, first.start())).find();
        DoseMatch dose = population ? null : doses.single(item).orElse(null);
        // With several doses in one item (options), its schedule may be any of theirs: left unread.
        Administration admin = dose == null ? Administration.NONE.withRoute(administrations.route(item)) : administrations.read(item);
        if (admin.route() == null) {
            admin = admin.withRoute(textRoute);
        }
        return new EscalationStep(label, null, null, intervention, dose, dose == null ? item : dose.text(), admin, null, item);
    }

    /** "1-3" is 1, 2, 3; "6 and 7" is 6, 7; "A" is A. Empty when a range is backwards or too long. */
    static List<String> cohorts(String spec) {
        List<String> out = new ArrayList<>();
        for (String part : spec.split("\\s*(?:,|&|\\band\\b)\\s*")) {
            Matcher range = RANGE.matcher(part.strip());
            if (range.matches()) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(2));
                if (to < from || to - from >= MAX_COHORTS) {
                    return List.of();
                }
                for (int n = from; n <= to; n++) {
                    out.add(Integer.toString(n));
                }
            } else if (!part.isBlank()) {
                out.add(part.strip().toUpperCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    /** By cohort number when every cohort is numbered; otherwise as written. */
    private static List<EscalationStep> inOrder(List<String> ids, List<EscalationStep> steps) {
        if (!ids.stream().allMatch(id -> id.matches("\\d+"))) {
            return steps;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(Integer.parseInt(ids.get(a)), Integer.parseInt(ids.get(b))));
        return order.stream().map(steps::get).toList();
    }

    private static String clean(String item) {
        return item.strip().replaceAll("[\\s*•;,\\-–]+$", "").strip();
    }
}
