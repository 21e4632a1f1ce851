package org.trialworkbench.analysis.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialworkbench.model.Criterion;

/**
 * The property "nothing is dropped": the criteria together hold every word of the source except
 * header words and list markers, and no word the source does not have. Header and marker
 * recognition here is this test's own, simpler than the reader's, so the two check each other.
 */
class NothingDroppedTest {
    private static final CriteriaReader READER = new CriteriaReader();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKER = Pattern.compile("(?<!\\S)(?:\\(?[\\p{L}\\p{N}]{1,4}[.)]|[-*•–])(?=\\s|$)"
            + "|(?:^\\s*|(?<=[.;]\\s{1,3}))\\d{1,2}\\s?\\.(?=\\p{Lu})");
    private static final Pattern WORD_HEADER = Pattern.compile("(?i)^[\\s#*_|>]*(?:-\\s*)?(?:\\d+\\.\\d+[\\d.a-z]*\\s+)?(?:(?:key|main|major|general|specific"
            + "|additional|other)\\s+)?(?:inclusion\\s*/\\s*exclusion|inclusion and exclusion|inclusion|exclusion|eligibility"
            + "|non-?inclusion)(?:\\s+criteria|\\s+criterion)?(?=\\s*[*_]*\\s*(?::|：|-(?:\\s|$)|–|\\.?\\s*$|\\(|for\\s)"
            + "|\\s+(?:stage|part|cohort|phase|group|arm|step|period)\\b)"
            + "|^\\s*criteria\\s+for\\s+\\w+(?=\\s*(?::|$))");
    private static final Pattern SENTENCE_HEADER = Pattern.compile("(?i)^[^\\d]{0,100}(?:must meet|must fulfil|must fulfill"
            + "|must satisfy|excluded|eligible|following)[^\\d]{0,60}$");
    private static final Pattern WRAPPED_END = Pattern.compile("^\\s*\\p{Ll}[\\p{L} ]{0,30}[.:]\\s*$");
    private static final Pattern CAPS_HEADING = Pattern.compile("^\\s*[A-Z][A-Z /&,()-]{2,60}:\\s*$");

    static Stream<Arguments> registryTexts() throws Exception {
        assumeTrue(RegistrySampleTexts.available(), "registry samples not present");
        return RegistrySampleTexts.all().stream().map(s -> Arguments.of(s.source(), s.text()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registryTexts")
    void keepsEveryWordOfRegistryTexts(String source, String text) {
        assertNothingDroppedOrInvented(text, source);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "Inclusion Criteria:\nExclusion Criteria:\n|\n||",
        "Inclusion criteria: Age > 18 years\n- Signed consent\n  a) by the patient\n  b) or a guardian\nExclusion criteria -\n1) Pregnancy\n2) HIV",
        "Patients must meet ALL of the following:\n* adults\n* BMI >18 and <35 kg/m2\nPatients will be excluded if:\n* smokers",
        "A patient aged 16 to 64. a) Within 4 years 1) Pulmonary 2) Renal b) 1) Involvement 2) ESR is 25 mm/1h or more.",
        "no structure at all, just words\nand a wrapped line\n\nAnother paragraph.",
        "1.\n2.\n-\n(a)\n* \n",
        "• bullet one\n• bullet two\n    ◦ nested\ni. roman one\nii. roman two\nINCLUSION CRITERIA\nKey exclusion criteria\nCriteria for exclusion:\nx",
    })
    void keepsEveryWordOfHostileTexts(String text) {
        assertNothingDroppedOrInvented(text, "hostile text");
    }

    static void assertNothingDroppedOrInvented(String text, String source) {
        List<Criterion> criteria = READER.read(text);
        Map<String, Integer> inSource = count(text);
        Map<String, Integer> expected = count(withoutHeadersAndMarkers(text));
        StringBuilder all = new StringBuilder();
        criteria.forEach(c -> all.append(c.text()).append('\n'));
        Map<String, Integer> got = count(all.toString());
        List<String> dropped = new ArrayList<>();
        expected.forEach((w, n) -> {
            if (got.getOrDefault(w, 0) < n) {
                dropped.add(w + " x" + (n - got.getOrDefault(w, 0)));
            }
        });
        List<String> invented = new ArrayList<>();
        got.forEach((w, n) -> {
            if (inSource.getOrDefault(w, 0) < n) {
                invented.add(w);
            }
        });
        assertThat(dropped).as(source + ": words dropped").isEmpty();
        assertThat(invented).as(source + ": words not in the source").isEmpty();
    }

    private static String withoutHeadersAndMarkers(String text) {
        StringBuilder sb = new StringBuilder();
        boolean afterSentenceHeader = false;
        for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
            Matcher h = WORD_HEADER.matcher(line);
            boolean sentenceHeader = SENTENCE_HEADER.matcher(line).matches() && line.length() < 120;
            if (afterSentenceHeader && WRAPPED_END.matcher(line).matches()) {
                line = ""; // the wrapped end of a lead sentence ("… are not to be enrolled in this" / "study.")
            } else if (CAPS_HEADING.matcher(line).matches() || sentenceHeader) {
                line = "";
            } else if (h.find()) {
                line = line.substring(h.end());
            }
            afterSentenceHeader = sentenceHeader;
            sb.append(MARKER.matcher(line).replaceAll(" ")).append('\n');
        }
        return sb.toString();
    }

    private static Map<String, Integer> count(String s) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            counts.merge(m.group().toLowerCase(), 1, Integer::sum);
        }
        return counts;
    }
}
