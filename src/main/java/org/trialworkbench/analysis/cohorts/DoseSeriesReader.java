package org.trialworkbench.analysis.cohorts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.Quantity;

/**
 * Reads dose levels written as a list: "at planned doses given orally twice daily: 200 mg, 400 mg,
 * 600 mg, 800 mg", "25, 50 and 100mg/kg", "(2.5mg/kg, 5mg/kg, 10mg/kg) ... (20mg/kg)", "dose
 * escalation will follow to 50mg, 100mg, 200mg". Each listed dose is one step, in written order.
 * <p>
 * A run is a list of doses joined only by commas, "and", "or", "to". The longest run in a text sets
 * the unit; other runs in that unit join the series unless the words before them introduce a
 * combination partner ("in combination with daily 250 mg oral dose of gefitinib") without speaking
 * of escalation. The administrations of each step are read from its own run's context; when that
 * gives a frequency but no count, a count stated for the whole text with the same frequency applies.
 */
public final class DoseSeriesReader {
    /** What may stand between two listed doses: separators, and a step name ("20mg Cohort1, 40mg Cohort2"). */
    private static final Pattern JOINER = Pattern.compile(
            "^[\\s,;/()]*(?:(?:cohort|dose\\s+level|level|group|DL)\\s*\\d+)?[\\s,;/()]*(?:and|or|to)?[\\s,;/()]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_NUMBERS_BEFORE = Pattern.compile(
            "((?:(?<![\\w.:-])\\d+(?:\\.\\d+)?\\s*(?:,|;|and|or)\\s*)+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMBINATION = Pattern.compile(
            "\\b(?:combination with|combined with|together with|plus)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ESCALATION = Pattern.compile("\\b(?:escalat\\w*|increas\\w*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.;](?=\\s|$)");
    /** Words joining another drug's clause after a dose list: "6mg/8mg/10mg qd and cadonilimab IV". */
    private static final Pattern OTHER_DRUG_CLAUSE = Pattern.compile(
            "\\b(?:and|plus|in combination with|combined with|together with|followed by)\\s+(?=[A-Za-z])", Pattern.CASE_INSENSITIVE);

    private final DoseExpressionReader doses;
    private final AdministrationReader administrations;

    public DoseSeriesReader(DoseExpressionReader doses, AdministrationReader administrations) {
        this.doses = doses;
        this.administrations = administrations;
    }

    /**
     * Steps of parallel dose-finding arms: when two or more arm descriptions each list two or more
     * doses ("Dose finding at 8 mg, 12 mg, or 16 mg ... once daily"), their steps in arm order, each
     * step naming its arm's label as its escalation.
     */
    public List<EscalationStep> readParallel(List<Arm> arms, String intervention) {
        List<List<EscalationStep>> perArm = arms.stream()
                .map(a -> readText(a.description(), intervention).stream().map(s -> s.withEscalation(a.label())).toList())
                .filter(steps -> steps.size() >= 2).toList();
        return perArm.size() >= 2 ? perArm.stream().flatMap(List::stream).toList() : List.of();
    }

    /** Steps of the first text holding a list of two or more doses; empty when none does. */
    public List<EscalationStep> read(List<String> texts, String intervention) {
        for (String text : texts) {
            List<EscalationStep> steps = readText(text, intervention);
            if (steps.size() >= 2) {
                return steps;
            }
        }
        return List.of();
    }

    private List<EscalationStep> readText(String text, String intervention) {
        List<List<DoseMatch>> runs = runs(text);
        List<DoseMatch> longest = runs.stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElse(List.of());
        if (longest.size() < 2) {
            return List.of();
        }
        String unit = longest.get(0).quantity().unit();
        Administration whole = administrations.read(text);
        List<EscalationStep> steps = new ArrayList<>();
        int contextStart = 0;
        for (int r = 0; r < runs.size(); r++) {
            List<DoseMatch> run = runs.get(r);
            DoseMatch first = run.get(0);
            String before = text.substring(Math.max(contextStart, sentenceStart(text, first.start())), first.start());
            boolean partner = run != longest && COMBINATION.matcher(before).find() && !ESCALATION.matcher(before).find();
            boolean strength = doses.isStrength(text, run.get(run.size() - 1));
            boolean repeated = run.stream().allMatch(d -> steps.stream().anyMatch(x -> x.dose().quantity().equals(d.quantity())));
            if (run.get(0).quantity().unit().equals(unit) && !partner && !strength && !repeated) {
                int nextRun = r + 1 < runs.size() ? runs.get(r + 1).get(0).start() : text.length();
                int end = Math.min(sentenceEnd(text, run.get(run.size() - 1).end()), nextRun);
                String context = text.substring(contextStart, end);
                int clauseEnd = clauseEnd(text, run.get(run.size() - 1).end(), end);
                // A route in another drug's clause of the sentence is that drug's, not the listed doses'.
                boolean otherRoute = administrations.route(text.substring(clauseEnd, end)) != null;
                Administration admin = withWholeCount(administrations.read(text.substring(contextStart, clauseEnd)),
                        otherRoute ? whole.withRoute(null) : whole);
                run.forEach(d -> steps.add(new EscalationStep("Dose " + d.text(), null, null, intervention, d, d.text(),
                        admin, null, context.strip())));
            }
            contextStart = run.get(run.size() - 1).end();
        }
        return steps;
    }

    private static Administration withWholeCount(Administration own, Administration whole) {
        boolean sameFrequency = own.interval() == null || own.interval().equals(whole.interval())
                || (whole.interval() != null && own.interval().value() == whole.interval().value()
                && own.interval().unit() == whole.interval().unit());
        if (own.count() == null && whole.count() != null && sameFrequency) {
            return new Administration(whole.count(), whole.interval(), own.route() != null ? own.route() : whole.route(), whole.text());
        }
        return own.route() == null ? own.withRoute(whole.route()) : own;
    }

    /** Doses grouped into runs; bare numbers listed before a run's first dose share its unit. */
    private List<List<DoseMatch>> runs(String text) {
        List<List<DoseMatch>> runs = new ArrayList<>();
        if (text == null) {
            return runs;
        }
        List<DoseMatch> current = null;
        int previousEnd = -1;
        for (DoseMatch d : doses.findAll(text)) {
            boolean sameUnit = current != null && current.get(0).quantity().unit().equals(d.quantity().unit());
            if (sameUnit && JOINER.matcher(text.substring(previousEnd, d.start())).matches()) {
                current.add(d);
            } else {
                current = new ArrayList<>(bareNumbersBefore(text, d, previousEnd));
                current.add(d);
                runs.add(current);
            }
            previousEnd = d.end();
        }
        return runs;
    }

    private static List<DoseMatch> bareNumbersBefore(String text, DoseMatch dose, int notBefore) {
        List<DoseMatch> out = new ArrayList<>();
        int from = Math.max(Math.max(0, notBefore), dose.start() - 80);
        Matcher m = BARE_NUMBERS_BEFORE.matcher(text.substring(from, dose.start()));
        if (m.find()) {
            Matcher number = Pattern.compile("\\d+(?:\\.\\d+)?").matcher(m.group(1));
            while (number.find()) {
                int at = from + m.start(1) + number.start();
                String unit = dose.quantity().unit();
                out.add(new DoseMatch(new Quantity(Double.parseDouble(number.group()), unit),
                        number.group() + " " + unit, at, from + m.start(1) + number.end()));
            }
        }
        return out;
    }

    private static int clauseEnd(String text, int from, int end) {
        Matcher m = OTHER_DRUG_CLAUSE.matcher(text).region(from, end);
        return m.find() ? m.start() : end;
    }

    private static int sentenceStart(String text, int before) {
        int start = 0;
        Matcher m = SENTENCE_END.matcher(text).region(0, before);
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    private static int sentenceEnd(String text, int from) {
        Matcher m = SENTENCE_END.matcher(text);
        return m.find(from) ? m.end() : text.length();
    }
}
