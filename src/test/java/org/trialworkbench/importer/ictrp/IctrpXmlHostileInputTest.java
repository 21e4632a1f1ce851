package org.trialworkbench.importer.ictrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.CollectingSink;

/** Attacks and broken files: refused or reported, never thrown, nothing read from disk. */
class IctrpXmlHostileInputTest {
    private static final IctrpXmlImporter IMPORTER = new IctrpXmlImporter();

    private static CollectingSink parse(String xml) {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static CollectingSink parse(byte[] bytes) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> CollectingSink.parse(IMPORTER, new BytesDocument("hostile.xml", bytes)));
    }

    private static final String TRIAL = "<Trial><TrialID>NCT01234567</TrialID><Public_title>%s</Public_title></Trial>";

    @Test
    void refusesExternalEntityWithoutReadingTheFile() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Trials_downloaded_from_ICTRP [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<Trials_downloaded_from_ICTRP>" + TRIAL.formatted("&xxe;") + "</Trials_downloaded_from_ICTRP>";
        CollectingSink sink = parse(xml);
        assertThat(sink.records).isEmpty();
        assertThat(sink.failures).hasSize(1);
        assertThat(sink.failures.get(0)).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void readsNothingFromAFileNamedByAnEntity(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path secret = dir.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "SECRET-MARKER-4711");
        String uri = secret.toUri().toString();
        for (String dtd : List.of("<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + uri + "\">]>",
                "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + uri + "\"> %p;]>", "<!DOCTYPE r SYSTEM \"" + uri + "\">")) {
            CollectingSink sink = parse("<?xml version=\"1.0\"?>" + dtd + "<Trials_downloaded_from_ICTRP>"
                    + TRIAL.formatted("&xxe;") + "</Trials_downloaded_from_ICTRP>");
            assertThat(sink.records).as(dtd).isEmpty();
            assertThat(sink.failures).as(dtd).hasSize(1).noneMatch(f -> f.contains("SECRET-MARKER"));
        }
    }

    @Test
    void refusesBillionLaughsFast() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        CollectingSink sink = parse("<?xml version=\"1.0\"?>" + dtd + "<Trials_downloaded_from_ICTRP>"
                + TRIAL.formatted("&lol9;") + "</Trials_downloaded_from_ICTRP>");
        assertThat(sink.records).isEmpty();
        assertThat(sink.failures).singleElement().asString().contains("DOCTYPE");
    }

    @Test
    void refusesUndeclaredEntityWithoutDoctype() {
        CollectingSink sink = parse("<Trials_downloaded_from_ICTRP>" + TRIAL.formatted("a &xxe; b") + "</Trials_downloaded_from_ICTRP>");
        assertThat(sink.records).isEmpty();
        assertThat(sink.failures).singleElement().asString().startsWith("Trial 1: malformed XML");
    }

    @Test
    void handsOnTheCompleteTrialsBeforeATruncationAndReportsTheRest() throws Exception {
        byte[] whole = IctrpXmlImporterTest.resource(IctrpXmlImporterTest.EXPORT);
        String text = new String(whole, StandardCharsets.UTF_8);
        int eleventh = nthIndexOf(text, "<Trial>", 11);
        byte[] cut = Arrays.copyOf(whole, text.substring(0, eleventh + 300).getBytes(StandardCharsets.UTF_8).length);
        CollectingSink sink = parse(cut);
        assertThat(sink.records).hasSize(10);
        assertThat(sink.records.get(9).location()).isEqualTo("Trial 10 (NCT05697861)");
        assertThat(sink.failures).singleElement().asString()
                .startsWith("Trial 11: malformed XML").contains("the 10 complete trial(s) before this point were read");
    }

    @Test
    void reportsTruncationBetweenTrials() {
        CollectingSink sink = parse("<Trials_downloaded_from_ICTRP>" + TRIAL.formatted("One") + "\n  ");
        assertThat(sink.trials()).extracting(t -> t.briefTitle()).containsExactly("One");
        assertThat(sink.failures).singleElement().asString().startsWith("after Trial 1 (NCT01234567): malformed XML");
    }

    @Test
    void reportsEmptyFile() {
        CollectingSink sink = parse(new byte[0]);
        assertThat(sink.records).isEmpty();
        assertThat(sink.failures).singleElement().asString().contains("malformed XML");
    }

    @Test
    void reportsNonXml() {
        CollectingSink sink = parse("Trial 1: this is plain text, not an export");
        assertThat(sink.records).isEmpty();
        assertThat(sink.failures).singleElement().asString().contains("malformed XML");
    }

    @Test
    void reportsAnotherXmlRootInsteadOfReadingIt() {
        CollectingSink sink = parse("<clinical_study><id_info><nct_id>NCT01234567</nct_id></id_info></clinical_study>");
        assertThat(sink.records).isEmpty();
        assertThat(sink.failures).singleElement().asString().contains("root element is <clinical_study>");
    }

    @Test
    void reportsTrialWithoutTitleAndGoesOn() {
        CollectingSink sink = parse("<Trials_downloaded_from_ICTRP><Trial><TrialID>NCT01234567</TrialID></Trial>"
                + TRIAL.formatted("Second") + "</Trials_downloaded_from_ICTRP>");
        assertThat(sink.failures).containsExactly("Trial 1 (NCT01234567): the record NCT01234567 has neither a public nor a scientific title");
        assertThat(sink.trials()).extracting(t -> t.briefTitle()).containsExactly("Second");
    }

    @Test
    void keepsUnknownIdAsWrittenWithTheNamedRegister() {
        CollectingSink sink = parse("<Trials_downloaded_from_ICTRP><Trial><TrialID>XYZ-42</TrialID><Source_Register>Some Register"
                + "</Source_Register><Public_title>T</Public_title></Trial></Trials_downloaded_from_ICTRP>");
        assertThat(sink.trials()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("XYZ-42");
            assertThat(t.registryIds().get(0).registry()).isEqualTo("Some Register");
        });
        assertThat(sink.records.get(0).warnings()).extracting(w -> w.message()).anyMatch(m -> m.contains("XYZ-42"));
    }

    private static int nthIndexOf(String s, String what, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = s.indexOf(what, at + 1);
        }
        return at;
    }
}
