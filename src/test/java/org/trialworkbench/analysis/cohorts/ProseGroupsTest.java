package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link EscalationProseReader#groups} runs the group pattern only near receiving nouns; it must find
 * exactly the matches a plain {@code find()} loop over the whole text finds, on texts built from the
 * pattern's own words with blank runs, line breaks, dashes and stray words between them.
 */
class ProseGroupsTest {
    private static final List<String> WORDS = List.of("the", "The", "next", "first", "NEXT", "initial", "3", "12", "three",
            "Six", "-", "–", "to", "patients", "Subjects", "participants", "will", "be", "then", "receive", "received",
            "treated", "given", "if", "no", "DLT", "mg", "cohorts", "of", "x", ".", ",", "(", "patientsx", "toxicity",
            "the next 3 patients will receive", "first three  subjects are then given", "4-7 participants will be treated",
            "next\n 2 to \t 5 individuals shall receive", "patients will receive", "3 volunteers get");
    private static final List<String> BLANKS = List.of(" ", " ", " ", "  ", "\n", " \t ", "", "\u00a0", "\r\n  ");

    @Test
    void findsWhatAPlainFindLoopFinds() {
        Random random = new Random(3);
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(24); k >= 0; k--) {
                sb.append(WORDS.get(random.nextInt(WORDS.size()))).append(BLANKS.get(random.nextInt(BLANKS.size())));
            }
            String text = sb.toString();
            List<EscalationProseReader.MatchResultCopy> plain = plainFind(text);
            assertThat(EscalationProseReader.groups(text)).as(text).isEqualTo(plain);
            found += plain.size();
        }
        assertThat(found).as("groups found at all").isGreaterThan(500);
    }

    private static List<EscalationProseReader.MatchResultCopy> plainFind(String text) {
        List<EscalationProseReader.MatchResultCopy> out = new ArrayList<>();
        Matcher m = EscalationProseReader.GROUP.matcher(text);
        while (m.find()) {
            out.add(new EscalationProseReader.MatchResultCopy(m.start(), m.end("verb"), m.group("order"), m.group("from"),
                    m.group("to")));
        }
        return out;
    }
}
