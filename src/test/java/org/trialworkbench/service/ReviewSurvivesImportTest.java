package org.trialworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialworkbench.fixtures.SampleTrials;
import org.trialworkbench.json.WorkbenchJson;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;

/**
 * Notes and corrections survive the real import: the same record again, a newer version whose
 * text changed (flagged, kept, never moved), and an export read into an empty store.
 */
class ReviewSurvivesImportTest {
    private static final String CTGOV = "/samples/ctgov-json/NCT03934567.json";
    private static final String NCT = "NCT03934567";

    @TempDir
    Path dir;

    private Path ctgovRecord(String name, String from, String to) throws IOException {
        String json;
        try (var in = getClass().getResourceAsStream(CTGOV)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, from == null ? json : replaceOnce(json, from, to));
        return file;
    }

    private static String replaceOnce(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    @Test
    void reImportingTheSameRecordKeepsNotesAndCorrectionsUnflagged() throws IOException {
        try (ReviewStore review = new ReviewStore(dir.resolve("db"))) {
            Path record = ctgovRecord("study.json", null, null);
            assertThat(review.importFiles(record).imported()).isEqualTo(1);
            Annotation onOutcome = review.annotations.add(NCT, "outcome:S2", "concern", "PFS horizon", "Dr. R");
            review.clock.advanceSeconds(1);
            Annotation onTrial = review.annotations.add(NCT, "trial", "match", "like NCT00184067", "Dr. R");
            Correction c = review.corrections.correct(NCT, "outcome:S2", "recurrence.every", "3 MONTH", "Dr. R");
            Trial before = review.store.load(NCT).orElseThrow();

            ImportReport again = review.importFiles(record, ctgovRecord("copy of study.json", null, null));

            assertThat(again.unchanged()).isEqualTo(2);
            Trial after = review.store.load(NCT).orElseThrow();
            assertThat(after.annotations()).containsExactly(onOutcome, onTrial);
            assertThat(after.corrections()).containsExactly(c);
            assertThat(after).isEqualTo(before);
        }
    }

    @Test
    void aNewerVersionWhoseTimeFrameChangedFlagsItsNotesAndKeepsEveryOne() throws IOException {
        try (ReviewStore review = new ReviewStore(dir.resolve("db"))) {
            review.importFiles(ctgovRecord("v1.json", null, null));
            Annotation unchanged = review.annotations.add(NCT, "outcome:P1", "match", "ORR as usual", "Dr. R");
            review.clock.advanceSeconds(1);
            Annotation onS2 = review.annotations.add(NCT, "outcome:S2", "concern", "only 2 years of PFS?", "Dr. R");
            Correction c = review.corrections.correct(NCT, "outcome:S2", "recurrence.every", "3 MONTH", "Dr. R");

            Path v2 = dir.resolve("in/v2.json");
            Files.writeString(v2, replaceOnce(replaceOnce(Files.readString(ctgovRecord("v1.json", null, null)),
                    "\"date\": \"2025-04-10\"", "\"date\": \"2025-09-30\""),
                    "\"timeFrame\": \"Up to 2 years\"", "\"timeFrame\": \"Up to 3 years\""));
            ImportReport report = review.importFiles(v2);

            assertThat(report.updated()).isEqualTo(1);
            Trial after = review.store.load(NCT).orElseThrow();
            assertThat(after.outcomes().get(2).timeFrame()).isEqualTo("Up to 3 years");
            assertThat(after.sources()).extracting(SourceRef::file).containsExactly(v2.toString());
            assertThat(after.annotations()).containsExactly(unchanged, onS2.withAnchor(onS2.anchorText(), true));
            assertThat(after.annotations().get(1).anchorText()).endsWith("Up to 2 years");
            assertThat(after.corrections()).containsExactly(c.withAnchor(c.anchorText(), true));
            CorrectedTrial view = review.corrections.corrected(NCT).orElseThrow();
            assertThat(view.notApplied()).extracting(Correction::id).containsExactly(c.id());
            assertThat(view.corrected().outcomes()).isEqualTo(after.outcomes());
        }
    }

    @Test
    void aNewerVersionWhoseCriterionTextChangedFlagsTheCriterionNote() throws IOException {
        Trial v1 = snapshotVersion("2009-08-20", "Hb <11 g/dL", 'a');
        Trial v2 = snapshotVersion("2010-01-15", "Hb <10 g/dL", 'b');
        try (ReviewStore review = new ReviewStore(dir.resolve("db"))) {
            review.importFiles(exportFile("v1.json", v1));
            Annotation onI1 = review.annotations.add("NCT00000001", "criterion:I1", "concern", "Hb 11?", "Dr. R");
            review.clock.advanceSeconds(1);
            Annotation onP1 = review.annotations.add("NCT00000001", "outcome:P1", null, "monthly mRSS", "Dr. R");
            Correction c = review.corrections.correct("NCT00000001", "criterion:I1/threshold:0", "comparator", "<=",
                    "Dr. R");

            assertThat(review.importFiles(exportFile("v2.json", v2)).updated()).isEqualTo(1);

            Trial after = review.store.load("NCT00000001").orElseThrow();
            assertThat(after.eligibility().criteria().get(0).text()).isEqualTo("Hb <10 g/dL");
            assertThat(after.annotations()).containsExactly(onI1.withAnchor("Hb <11 g/dL", true), onP1);
            assertThat(after.corrections()).containsExactly(c.withAnchor("Hb <11 g/dL", true));
        }
    }

    /** SampleTrials.full as a restorable export of one version: its own source, no notes of its own. */
    private static Trial snapshotVersion(String lastUpdate, String i1Text, char sha) {
        Trial t = SampleTrials.full("NCT00000001");
        Criterion i1 = t.eligibility().criteria().get(0);
        return t.toBuilder().lastUpdate(lastUpdate).annotations(List.of())
                .sources(List.of(new SourceRef("workbench-json", "export-" + lastUpdate + ".json",
                        String.valueOf(sha).repeat(64), SampleTrials.T0)))
                .eligibility(t.eligibility().withCriteria(List.of(new Criterion("I1", i1.kind(), i1Text,
                        i1.thresholds(), i1.kindInferred())))).build();
    }

    private Path exportFile(String name, Trial... trials) throws IOException {
        StringWriter out = new StringWriter();
        new WorkbenchJson().write(List.of(trials), SampleTrials.T0, out);
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
        return file;
    }
}
