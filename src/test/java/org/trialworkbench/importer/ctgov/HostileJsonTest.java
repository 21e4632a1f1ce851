package org.trialworkbench.importer.ctgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.CollectingSink;
import org.trialworkbench.importer.TrialImporter;

/**
 * Hostile and broken JSON: each case ends within seconds with a failure a reviewer can read, never
 * an exception, and the studies that are fine are still imported.
 */
class HostileJsonTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final String GOOD = study("NCT00000001", "\"phases\": [\"PHASE1\"]");

    static String study(String nctId, String designFields) {
        return "{\"protocolSection\": {\"identificationModule\": {\"nctId\": \"" + nctId + "\", \"briefTitle\": \"A study\"},"
                + " \"designModule\": {\"studyType\": \"INTERVENTIONAL\", " + designFields + "}}}";
    }

    private static CollectingSink parse(TrialImporter importer, byte[] bytes) {
        return assertTimeoutPreemptively(LIMIT, () -> CollectingSink.parse(importer, new BytesDocument("hostile.json", bytes)));
    }

    private static CollectingSink parse(String json) {
        return parse(new CtgovJsonImporter(), json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyFileFailsAsEmpty() {
        for (TrialImporter importer : new TrialImporter[] {new CtgovJsonImporter(), new CtgovV1JsonImporter()}) {
            CollectingSink sink = parse(importer, new byte[0]);
            assertThat(sink.records).isEmpty();
            assertThat(sink.failures).containsExactly("the document is empty");
        }
    }

    @Test
    void binaryGarbageFailsAsMalformedJson() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        garbage[0] = (byte) 0x89; // not a JSON start, whatever the seed gives
        for (TrialImporter importer : new TrialImporter[] {new CtgovJsonImporter(), new CtgovV1JsonImporter()}) {
            CollectingSink sink = parse(importer, garbage);
            assertThat(sink.records).isEmpty();
            assertThat(sink.failures).singleElement().asString().startsWith("malformed JSON");
        }
    }

    @Test
    void aTruncatedBulkDownloadKeepsTheStudiesBeforeTheCutAndSaysWhereItBroke() throws Exception {
        byte[] whole = java.nio.file.Files.readAllBytes(CtgovSamples.sharedFile("ctgov-json/ctg-studies_NSCLC_100.json"));
        CollectingSink sink = parse(new CtgovJsonImporter(), Arrays.copyOf(whole, whole.length / 2));
        assertThat(sink.records.size()).isBetween(30, 70);
        int broken = sink.records.size();
        assertThat(sink.failures).singleElement().asString()
                .startsWith("[" + broken + "]: malformed JSON")
                .contains("end-of-input")
                .endsWith("reading stopped here, " + broken + " studies before it were read");
    }

    @Test
    void aTruncatedV1ResponseKeepsTheStudiesBeforeTheCut() throws Exception {
        byte[] whole = java.nio.file.Files.readAllBytes(CtgovSamples.sharedFile("ctgov-v1-json/covid-19-search.json"));
        CollectingSink sink = parse(new CtgovV1JsonImporter(), Arrays.copyOf(whole, whole.length / 2));
        assertThat(sink.records.size()).isBetween(20, 80);
        assertThat(sink.failures).singleElement().asString()
                .startsWith("FullStudies[" + sink.records.size() + "]: malformed JSON");
    }

    @Test
    void nestingAHundredThousandDeepHitsTheSafetyLimit() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        CollectingSink sink = parse(deep);
        assertThat(sink.records).isEmpty();
        assertThat(sink.failures).singleElement().asString().contains("JSON exceeds a safety limit").contains("depth");
        String deepInStudy = "{\"protocolSection\": {\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}}";
        assertThat(parse(deepInStudy).failures).singleElement().asString().contains("JSON exceeds a safety limit");
    }

    @Test
    void aFiftyMegabyteStringHitsTheSafetyLimitAndTheSecretTextIsNotEmitted() {
        String huge = "SECRET".repeat(50 * 1024 * 1024 / 6);
        CollectingSink sink = parse("[" + GOOD + ", " + study("NCT00000002", "\"x\": \"" + huge + "\"") + "]");
        assertThat(sink.records).extracting(r -> r.trial().id()).containsExactly("NCT00000001");
        assertThat(sink.failures).singleElement().asString()
                .startsWith("[1]: JSON exceeds a safety limit").contains("String value length");
        assertThat(sink.failures.get(0).length()).isLessThan(500);
    }

    @Test
    void aTwoThousandDigitNumberHitsTheSafetyLimit() {
        String digits = "9".repeat(2000);
        CollectingSink sink = parse("[" + GOOD + ", " + study("NCT00000002", "\"enrollmentInfo\": {\"count\": " + digits + "}") + "]");
        assertThat(sink.records).hasSize(1);
        assertThat(sink.failures).singleElement().asString().startsWith("[1]: JSON exceeds a safety limit").contains("Number");
        assertThat(sink.failures.get(0).length()).isLessThan(500);
    }

    @Test
    void studiesWithWrongValueTypesFailAloneAndNameThePath() {
        String page = "{\"studies\": [" + String.join(", ",
                GOOD,
                study("NCT00000002", "\"phases\": 42"),
                study("NCT00000003", "\"enrollmentInfo\": \"many\""),
                study("NCT00000004", "\"enrollmentInfo\": {\"count\": 12.5}"),
                "42",
                "{\"derivedSection\": {}}",
                study("NCT00000005", "\"phases\": [\"PHASE2\"]")) + "], \"nextPageToken\": \"abc\"}";
        CollectingSink sink = parse(page);
        assertThat(sink.records).extracting(r -> r.trial().id() + "@" + r.location())
                .containsExactly("NCT00000001@studies[0]", "NCT00000005@studies[6]");
        assertThat(sink.failures).containsExactly(
                "studies[1]: protocolSection.designModule.phases should be a list but is a number 42",
                "studies[2]: protocolSection.designModule.enrollmentInfo should be an object but is a text \"many\"",
                "studies[3]: protocolSection.designModule.enrollmentInfo.count should be a whole number but is a number 12.5",
                "studies[4]: the study is number, not an object",
                "studies[5]: the study has no protocolSection");
    }

    @Test
    void aPageWhoseStudiesIsNoListIsReportedOnce() {
        CollectingSink sink = parse("{\"studies\": {\"protocolSection\": {}}, \"nextPageToken\": \"x\"}");
        assertThat(sink.records).isEmpty();
        assertThat(sink.failures).containsExactly("the page's \"studies\" member is not a list of studies");
    }

    @Test
    void aStudyWithoutNctIdOrTitleFails() {
        CollectingSink sink = parse("[{\"protocolSection\": {\"identificationModule\": {\"briefTitle\": \"x\"}}},"
                + " {\"protocolSection\": {\"identificationModule\": {\"nctId\": \"NCT00000009\"}}}]");
        assertThat(sink.records).isEmpty();
        assertThat(sink.failures).containsExactly("[0]: the study has no NCT id",
                "[1]: study NCT00000009 has neither a brief nor an official title");
    }

    @Test
    void aScalarDocumentAndTrailingContentAreReported() {
        assertThat(parse("\"just a string\"").failures).singleElement().asString()
                .isEqualTo("the document is a single JSON text, not a study, a list of studies or a page of studies");
        CollectingSink trailing = parse(GOOD + " {\"more\": 1}");
        assertThat(trailing.records).hasSize(1);
        assertThat(trailing.failures).containsExactly("the document goes on after its JSON value ended; the rest was not read");
    }

    @Test
    void aV1DocumentWithoutFullStudiesIsReported() {
        CollectingSink sink = parse(new CtgovV1JsonImporter(),
                "{\"FullStudiesResponse\": {\"NStudiesFound\": 0}}".getBytes(StandardCharsets.UTF_8));
        assertThat(sink.records).isEmpty();
        assertThat(sink.failures).containsExactly("no FullStudiesResponse.FullStudies list: not an API v1 full-studies response");
    }

    @Test
    void aV1EntryWithWrongTypesFailsAlone() {
        String v1 = "{\"FullStudiesResponse\": {\"FullStudies\": ["
                + "{\"Rank\": 1, \"Study\": {\"ProtocolSection\": {\"IdentificationModule\": {\"NCTId\": \"NCT00000001\", \"BriefTitle\": \"A\"},"
                + " \"DesignModule\": {\"PhaseList\": {\"Phase\": [\"Phase 1\"]}, \"EnrollmentInfo\": {\"EnrollmentCount\": \"many\"}}}}},"
                + "{\"Rank\": 2, \"Study\": {\"ProtocolSection\": {\"IdentificationModule\": {\"NCTId\": \"NCT00000002\", \"BriefTitle\": \"B\"},"
                + " \"DesignModule\": {\"PhaseList\": 42}}}},"
                + "{\"Rank\": 3}]}}";
        CollectingSink sink = parse(new CtgovV1JsonImporter(), v1.getBytes(StandardCharsets.UTF_8));
        assertThat(sink.records).singleElement().satisfies(r -> {
            assertThat(r.trial().enrollment()).isNull();
            assertThat(r.warnings()).extracting(w -> w.message())
                    .contains("enrollment 'many' is not a whole number of participants; left empty");
        });
        assertThat(sink.failures).containsExactly(
                "FullStudies[1]: Study.ProtocolSection.DesignModule.PhaseList should be an object but is a number 42",
                "FullStudies[2]: the entry has no Study.ProtocolSection");
    }
}
