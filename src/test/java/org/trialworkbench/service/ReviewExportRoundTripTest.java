package org.trialworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialworkbench.export.ExportSchema;
import org.trialworkbench.fixtures.SampleTrials;
import org.trialworkbench.json.WorkbenchJson;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;

/**
 * The export carries corrected values (marked) with the original readings beside them, and an
 * export read into an empty store gives back every note and correction: export, import, export
 * again is the same document but for exportedAt.
 */
class ReviewExportRoundTripTest {
    private static final String NCT = "NCT03934567";
    private static final String SAMPLE = "NCT00000001";

    @TempDir
    Path dir;

    @Test
    void exportImportExportIsIdenticalAndRestoresEveryNoteAndCorrection() throws IOException {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        List<Trial> reviewed;
        try (ReviewStore review = new ReviewStore(dir.resolve("db1"))) {
            review.importFiles(ctgovRecord(), snapshot());
            reviewWork(review);
            reviewed = List.of(review.store.load(NCT).orElseThrow(), review.store.load(SAMPLE).orElseThrow());
            review.exporter.export(ExportFormat.JSON, List.of(), first);
        }
        String exported = Files.readString(first);
        ExportSchema.assertValid(exported);
        assertCorrectedValuesAreMarkedWithTheOriginalsBeside(exported);

        try (ReviewStore restored = new ReviewStore(dir.resolve("db2"))) {
            ImportReport report = restored.importFiles(first);
            assertThat(report.imported()).isEqualTo(2);
            assertThat(report.failed()).isZero();
            for (Trial before : reviewed) {
                Trial after = restored.store.load(before.id()).orElseThrow();
                assertThat(after.annotations()).as(before.id()).isEqualTo(before.annotations());
                assertThat(after.corrections()).as(before.id()).isEqualTo(before.corrections());
                assertThat(after.outcomes()).as("the reading, not the corrected view").isEqualTo(before.outcomes());
                assertThat(after.cohorts()).isEqualTo(before.cohorts());
            }
            restored.clock.advanceSeconds(3600);
            restored.exporter.export(ExportFormat.JSON, List.of(), second);
        }
        String again = Files.readString(second);
        assertThat(exportedAt(again)).isNotEqualTo(exportedAt(exported));
        assertThat(withoutExportedAt(again)).isEqualTo(withoutExportedAt(exported));
    }

    private static void reviewWork(ReviewStore review) {
        AnnotationService notes = review.annotations;
        CorrectionService corrections = review.corrections;
        notes.add(NCT, "outcome:S2", "concern", "PFS \"only\" 2 years", "Dr. R");
        review.clock.advanceSeconds(1);
        Annotation edited = notes.add(NCT, "field:overallStatus", "unclear", "still active?", "Dr. S");
        review.clock.advanceSeconds(1);
        notes.update(edited.id(), "unclear", "still active in 2026?");
        notes.add(SAMPLE, "criterion:I1", "differs", "<11 vs <=11 elsewhere", "Dr. R");
        notes.add(SAMPLE, "arm:MSC", null, "", "Dr. R");
        corrections.correct(NCT, "outcome:S2", "timePoints", "0 DAY \"Baseline\"; 24 MONTH \"end; of study\"", "Dr. R");
        review.clock.advanceSeconds(1);
        corrections.correct(SAMPLE, "criterion:I1/threshold:0", "value", "10.5", "Dr. R");
        corrections.correct(SAMPLE, "criterion:I1", "kind", "EXCLUSION", "Dr. R");
        corrections.correct(SAMPLE, "cohort:C1", "dose", "2000000 cells/kg", "Dr. R");
        corrections.correct(SAMPLE, "outcome:P1", "recurrence.until", "", "Dr. R");
        // one whose source changed: kept and exported, not applied
        corrections.restoreCorrection(SAMPLE, new Correction("stale-1", "criterion:I1/threshold:1", "upper", "65", "64",
                "Dr. S", Instant.parse("2026-10-01T00:00:00Z"), "an older criterion text", true));
    }

    private static void assertCorrectedValuesAreMarkedWithTheOriginalsBeside(String exported) throws IOException {
        JsonNode trials = new ObjectMapper().readTree(exported).path("trials");
        JsonNode sample = trials.get(0);
        assertThat(sample.path("id").asText()).isEqualTo(SAMPLE);
        JsonNode i1 = sample.path("eligibility").path("criteria").get(0);
        assertThat(i1.path("kind").asText()).isEqualTo("EXCLUSION");
        assertThat(i1.path("corrected").toString()).isEqualTo("[\"kind\"]");
        JsonNode threshold = i1.path("thresholds").get(0);
        assertThat(threshold.path("value").asDouble()).isEqualTo(10.5);
        assertThat(threshold.path("flags").toString()).contains("CORRECTED");
        assertThat(threshold.path("corrected").toString()).isEqualTo("[\"value\"]");
        assertThat(i1.path("thresholds").get(1).path("upper").asDouble()).as("stale: not applied").isEqualTo(65);
        assertThat(i1.path("thresholds").get(1).has("corrected")).isFalse();
        assertThat(sample.path("cohorts").get(0).path("dose").path("value").asDouble()).isEqualTo(2e6);
        assertThat(sample.path("outcomes").get(0).path("schedule").path("recurrence").path("until").isNull()).isTrue();
        JsonNode valueCorrection = null;
        for (JsonNode c : sample.path("corrections")) {
            if ("value".equals(c.path("field").asText())) {
                valueCorrection = c;
            }
        }
        assertThat(valueCorrection).isNotNull();
        assertThat(valueCorrection.path("originalValue").asText()).isEqualTo("11");
        assertThat(valueCorrection.path("correctedValue").asText()).isEqualTo("10.5");
        assertThat(sample.path("corrections")).hasSize(5);
        assertThat(trials.get(1).path("annotations").get(0).path("anchorText").asText()).endsWith("Up to 2 years");
    }

    private Path ctgovRecord() throws IOException {
        Path file = dir.resolve("in/NCT03934567.json");
        Files.createDirectories(file.getParent());
        try (var in = getClass().getResourceAsStream("/samples/ctgov-json/NCT03934567.json")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    /** A trial with criteria, thresholds and cohorts (which today's readers do not all produce), as an export. */
    private Path snapshot() throws IOException {
        Trial t = SampleTrials.full(SAMPLE).toBuilder()
                .sources(List.of(new SourceRef("workbench-json", "sample.json", "c".repeat(64), SampleTrials.T0))).build();
        StringWriter out = new StringWriter();
        new WorkbenchJson().write(List.of(t), SampleTrials.T0, out);
        Path file = dir.resolve("in/sample-export.json");
        Files.writeString(file, out.toString());
        return file;
    }

    private static String exportedAt(String json) throws IOException {
        return new ObjectMapper().readTree(json).path("exportedAt").asText();
    }

    private static String withoutExportedAt(String json) {
        return json.replaceFirst("\"exportedAt\" : \"[^\"]*\"", "\"exportedAt\" : \"-\"");
    }
}
