package org.trialworkbench.importer.ctgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.CollectingSink;

/**
 * Hostile and broken XML: DOCTYPEs and entities are refused (no file is read, nothing expands),
 * broken files fail with the parser's reason and line; nothing throws, nothing secret is emitted.
 */
class HostileXmlTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final String STUDY_BODY = "<id_info><nct_id>NCT00000001</nct_id></id_info><brief_title>&xxe;</brief_title>";

    private static CollectingSink parse(byte[] bytes) {
        return assertTimeoutPreemptively(LIMIT,
                () -> CollectingSink.parse(new CtgovXmlImporter(), new BytesDocument("hostile.xml", bytes)));
    }

    private static CollectingSink parse(String xml) {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anExternalEntityIsRefusedAndTheFileIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        for (String target : new String[] {"file:///etc/passwd", secret.toUri().toString()}) {
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE clinical_study [<!ENTITY xxe SYSTEM \"" + target + "\">]>\n"
                    + "<clinical_study>" + STUDY_BODY + "</clinical_study>";
            CollectingSink sink = parse(xml);
            assertThat(sink.records).isEmpty();
            assertThat(sink.failures).singleElement().asString()
                    .startsWith("malformed XML").contains("DOCTYPE").doesNotContain("TOP-SECRET").doesNotContain("root:");
        }
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE clinical_study [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        CollectingSink sink = parse(dtd + "<clinical_study><brief_title>&lol9;</brief_title></clinical_study>");
        assertThat(sink.records).isEmpty();
        assertThat(sink.failures).singleElement().asString().contains("DOCTYPE");
    }

    @Test
    void anUndeclaredEntityWithoutDoctypeFails() {
        CollectingSink sink = parse("<clinical_study>" + STUDY_BODY + "</clinical_study>");
        assertThat(sink.records).isEmpty();
        assertThat(sink.failures).singleElement().asString().startsWith("malformed XML").contains("xxe");
    }

    @Test
    void aTruncatedRecordFailsWithTheLineAndEmitsNothing() throws Exception {
        byte[] whole = CtgovSamples.resource("ctgov-xml/NCT00023673.xml").bytes();
        CollectingSink sink = parse(Arrays.copyOf(whole, whole.length / 2));
        assertThat(sink.records).isEmpty();
        assertThat(sink.failures).singleElement().asString().matches("malformed XML \\(line \\d+\\): the file ends before the record is complete \\(cut off\\?\\)");
    }

    @Test
    void emptyAndBinaryFilesFail() {
        assertThat(parse(new byte[0]).failures).containsExactly("the document is empty");
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        CollectingSink sink = parse(garbage);
        assertThat(sink.records).isEmpty();
        assertThat(sink.failures).singleElement().asString().startsWith("malformed XML");
    }

    @Test
    void anotherRootElementIsReported() {
        CollectingSink sink = parse("<?xml version=\"1.0\"?><Trials_downloaded_from_ICTRP><Trial/></Trials_downloaded_from_ICTRP>");
        assertThat(sink.records).isEmpty();
        assertThat(sink.failures).containsExactly("the root element is <Trials_downloaded_from_ICTRP>, not <clinical_study>");
    }

    @Test
    void aRecordWithoutNctIdFailsAndOneWithUnknownValuesWarns() {
        assertThat(parse("<clinical_study><brief_title>x</brief_title></clinical_study>").failures)
                .containsExactly("clinical_study: the study has no NCT id");
        CollectingSink sink = parse("<clinical_study><id_info><nct_id>NCT00000001</nct_id></id_info>"
                + "<brief_title>x</brief_title><phase>Phase 7</phase><enrollment type=\"Anticipated\">lots</enrollment>"
                + "<start_date>Spring 2020</start_date><study_type>Interventional</study_type></clinical_study>");
        assertThat(sink.failures).isEmpty();
        assertThat(sink.records).singleElement().satisfies(r -> assertThat(r.warnings()).extracting(w -> w.message())
                .contains("phase 'Phase 7' was not recognized; left empty",
                        "enrollment 'lots' is not a whole number of participants; left empty",
                        "start date 'Spring 2020' is not a date this importer reads; left empty",
                        "the record states no eligibility criteria text",
                        "the record states no outcome measures (interventional study)"));
    }
}
