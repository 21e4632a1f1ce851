package org.trialworkbench.importer.ictrp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the EU CTR shape of ICTRP outcome fields: labeled parts separated by ";" — "Main
 * Objective:", "Secondary Objective:", "Primary end point(s):", "Secondary end point(s):",
 * "Timepoint(s) of evaluation of this end point:". Each end point is one outcome (its text whole)
 * with the time points that follow it as time frame; the objectives are returned separately so
 * the text is not lost.
 */
public final class EuEndpoints {
    private static final Pattern LABEL = Pattern.compile(
            "(?i)(?:^|;)\\s*(Main Objective|Secondary Objective|Primary end point\\(s\\)|Secondary end point\\(s\\)|"
                    + "Timepoint\\(s\\) of evaluation of this end point)\\s*:");

    private EuEndpoints() {
    }

    /** The end points read and the objective texts found next to them. */
    public record Result(List<OutcomeReader.Item> endpoints, List<String> objectives) {
    }

    public static boolean applies(String cleaned) {
        return cleaned != null && LABEL.matcher(cleaned).find()
                && cleaned.toLowerCase(java.util.Locale.ROOT).contains("end point(s)");
    }

    public static Result read(String cleaned) {
        List<OutcomeReader.Item> endpoints = new ArrayList<>();
        List<String> objectives = new ArrayList<>();
        Matcher m = LABEL.matcher(cleaned);
        List<int[]> spans = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            labels.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        for (int i = 0; i < spans.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : cleaned.length();
            String value = RegistryText.normalizeLines(cleaned.substring(spans.get(i)[1], end));
            String label = labels.get(i);
            if (label.contains("objective")) {
                if (value != null) {
                    objectives.add(cleaned.substring(spans.get(i)[0], end).replaceFirst("^;", "").strip());
                }
            } else if (label.startsWith("timepoint") && endpoints.isEmpty()) {
                objectives.add(cleaned.substring(spans.get(i)[0], end).replaceFirst("^;", "").strip());
            } else if (label.startsWith("timepoint")) {
                attachTimeFrame(endpoints, value);
            } else if (value != null) {
                endpoints.add(new OutcomeReader.Item(value, null, null));
            }
        }
        return new Result(endpoints, objectives);
    }

    private static void attachTimeFrame(List<OutcomeReader.Item> endpoints, String timeFrame) {
        if (timeFrame == null || endpoints.isEmpty()) {
            return;
        }
        OutcomeReader.Item last = endpoints.get(endpoints.size() - 1);
        String joined = last.timeFrame() == null ? timeFrame : last.timeFrame() + "\n" + timeFrame;
        endpoints.set(endpoints.size() - 1, new OutcomeReader.Item(last.measure(), last.description(), joined));
    }
}
