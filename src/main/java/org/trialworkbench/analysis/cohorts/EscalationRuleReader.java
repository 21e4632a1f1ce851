package org.trialworkbench.analysis.cohorts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the sentence that states an escalation rule ("3+3 design", "BOIN", "escalate if 0/3 DLT")
 * so it can be kept, as written, as the gate of each step. Patterns are in {@code escalation-rules.txt}.
 */
public final class EscalationRuleReader {
    private static final List<Pattern> RULES = ResourceTable.lines("escalation-rules.txt").stream()
            .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE)).toList();
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.;!?])\\s+(?=[A-Z\"(])|\\n+");

    /** The first rule sentence in the texts, stripped; null when none states a rule. */
    public String read(List<String> texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String sentence : SENTENCE_BREAK.split(text)) {
                String s = sentence.strip();
                if (!s.isEmpty() && RULES.stream().anyMatch(r -> r.matcher(s).find())) {
                    return s.replaceAll("\\s+", " ");
                }
            }
        }
        return null;
    }
}
