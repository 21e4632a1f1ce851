package org.trialworkbench.analysis.criteria;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.CriterionKind;

/**
 * Splits a criteria paragraph written on one line ("A patient aged 16 to 64 ... a) Within 4 years
 * ... 1) Pulmonary ... 2) Renal ... b) 1) Involvement ... 2) ESR ...") at its enumeration.
 *
 * <p>Only markers that count up within their style ("a)" then "b)"; "1)" then "2)", restarting at
 * "1)") and form a run of at least two are markers; a lone "(1)" stays text. The style of the
 * first marker is the top level: each top-level item is a criterion holding its nested items (the
 * same sub-item rule as {@link SectionOutline}); text before the first marker is a criterion of
 * its own. An inclusion whose enumeration follows an alternatives lead-in ("having either:") is not split.
 */
final class InlineEnumeration {
    private static final Pattern MARKER = Pattern.compile("(?<![^\\s])(\\()?([a-z]|\\d{1,2})\\)(?=\\s)");

    private record Mark(int start, int end, String style, int ordinal) {
    }

    private InlineEnumeration() {
    }

    static List<RawCriterion> split(String text, CriterionKind kind) {
        List<Mark> marks = countingRuns(text);
        List<RawCriterion> out = new ArrayList<>();
        if (marks.isEmpty()) {
            out.add(new RawCriterion(text, kind, 0));
            return out;
        }
        String top = marks.get(0).style();
        List<Mark> tops = marks.stream().filter(m -> m.style().equals(top)).toList();
        if (tops.size() < 2) {
            out.add(new RawCriterion(text, kind, 0));
            return out;
        }
        String lead = text.substring(0, tops.get(0).start());
        if (kind == CriterionKind.INCLUSION && SectionOutline.ALTERNATIVES.matcher(lead).find()) {
            // "having either: a) ... or b) ...": split, the alternatives would read as each required
            out.add(new RawCriterion(text, kind, 0));
            return out;
        }
        if (lead.codePoints().anyMatch(Character::isLetterOrDigit)) {
            out.add(new RawCriterion(lead, kind, 0));
        }
        for (int i = 0; i < tops.size(); i++) {
            Mark m = tops.get(i);
            int end = i + 1 < tops.size() ? tops.get(i + 1).start() : text.length();
            out.add(new RawCriterion(text.substring(m.end(), end), kind, m.style().startsWith("num") ? m.ordinal() : 0));
        }
        return out;
    }

    /** The markers that belong to runs counting 1, 2, 3... (a, b, c...) of at least two. */
    private static List<Mark> countingRuns(String text) {
        List<List<Mark>> runs = new ArrayList<>();
        Map<String, List<Mark>> openRun = new HashMap<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            String label = m.group(2);
            boolean digit = Character.isDigit(label.charAt(0));
            String style = (digit ? "num" : "alpha") + (m.group(1) != null ? "()" : ")");
            int ordinal = digit ? Integer.parseInt(label) : label.charAt(0) - 'a' + 1;
            List<Mark> run = openRun.get(style);
            Mark mark = new Mark(m.start(), m.end(), style, ordinal);
            if (ordinal == 1) {
                run = new ArrayList<>();
                runs.add(run);
                openRun.put(style, run);
                run.add(mark);
            } else if (run != null && run.get(run.size() - 1).ordinal() + 1 == ordinal) {
                run.add(mark);
            }
        }
        List<Mark> marks = new ArrayList<>();
        runs.stream().filter(r -> r.size() >= 2).forEach(marks::addAll);
        marks.sort(java.util.Comparator.comparingInt(Mark::start));
        return marks;
    }
}
