package org.trialworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialworkbench.analysis.TrialReader;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.CollectingSink;
import org.trialworkbench.importer.ImporterRegistry;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Cohort;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.Comparison;
import org.trialworkbench.service.CompareService;

/**
 * The five seed pages, imported and read as the app does, then exported in every format: nothing
 * the reader found is lost on the way out, and each format stays well-formed on real text.
 */
class SeedExportTest {
    private static final String[] SEEDS = {"000_ba20f4bf161fb405.txt", "001_9fb71e6dd1eeb2dc.txt", "002_c014f135a40a8c7f.txt",
            "003_4f16fd12adea18a5.txt", "004_31ad608487218485.txt"};
    private static Comparison comparison;

    @BeforeAll
    static void importSeeds() throws IOException {
        List<Trial> trials = new ArrayList<>();
        ImporterRegistry registry = ImporterRegistry.standard();
        TrialReader reader = new TrialReader();
        for (String seed : SEEDS) {
            byte[] bytes;
            try (InputStream in = SeedExportTest.class.getResourceAsStream("/seeds/" + seed)) {
                bytes = in.readAllBytes();
            }
            BytesDocument doc = new BytesDocument(seed, bytes);
            CollectingSink sink = CollectingSink.parse(registry.choose(doc.head()).orElseThrow().importer(), doc);
            for (Trial t : sink.trials()) {
                // a reviewer note on every criterion, so placement is checked on real keys
                List<Annotation> notes = new ArrayList<>();
                for (Criterion c : reader.read(t).eligibility().criteria()) {
                    notes.add(new Annotation(null, "criterion:" + c.key(), "seen", "checked " + seed + " " + c.key(), "tester",
                            Instant.parse("2026-11-20T00:00:00Z"), null));
                }
                trials.add(reader.read(t).toBuilder().id(t.id() + "#" + seed.substring(0, 3)).annotations(notes).build());
            }
        }
        comparison = new CompareService().compare(trials);
    }

    @Test
    void csvHasARowForEveryCriterionOutcomeAndCohort() throws IOException {
        List<CSVRecord> rows = CsvExporterTest.parse(GoldenFiles.export(new CsvExporter(), comparison, ExportFixtures.HEADER));
        assertThat(rows).allSatisfy(r -> assertThat(r.size()).isEqualTo(CsvExporter.headers().size()));
        for (Trial t : comparison.trials()) {
            for (Criterion c : t.eligibility().criteria()) {
                assertThat(rows).as("%s %s", t.id(), c.key()).anySatisfy(r -> {
                    assertThat(List.of(r.get(0), r.get(1), r.get(2), r.get(3))).containsExactly(t.id(), "criterion", c.key(), "text");
                    assertThat(r.get("annotation_note")).startsWith("checked ").endsWith(" " + c.key());
                });
            }
            for (Outcome o : t.outcomes()) {
                assertThat(rows).anyMatch(r -> r.get(0).equals(t.id()) && r.get(1).equals("outcome") && r.get(2).equals(o.key()));
            }
            for (Cohort c : t.cohorts()) {
                assertThat(rows).anyMatch(r -> r.get(0).equals(t.id()) && r.get(1).equals("cohort") && r.get(2).equals(c.key()));
            }
        }
        assertThat(comparison.trials().stream().mapToInt(t -> t.cohorts().size()).sum()).as("seed 004's cohorts").isGreaterThanOrEqualTo(3);
    }

    @Test
    void htmlShowsEveryCriterionNoteAndStaysInert() {
        String html = GoldenFiles.export(new HtmlExporter(), comparison, ExportFixtures.HEADER);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script, a, img, link")).isEmpty();
        String eligibility = doc.select("#eligibility").text();
        for (Trial t : comparison.trials()) {
            for (Annotation a : t.annotations()) {
                assertThat(eligibility).contains(a.note());
            }
        }
        assertThat(doc.select("#schedules svg")).hasSize(comparison.trials().size());
    }

    @Test
    void markdownTablesKeepTheirColumnsOnRealText() {
        String md = GoldenFiles.export(new MarkdownExporter(), comparison, ExportFixtures.HEADER);
        assertThat(md).doesNotContain("<");
        int columns = -1;
        for (String line : md.split("\n", -1)) {
            if (!line.startsWith("|")) {
                columns = -1;
                continue;
            }
            int cells = line.replace("\\\\", "").replace("\\|", "").split("\\|", -1).length - 2;
            columns = columns < 0 ? cells : columns;
            assertThat(cells).as(line).isEqualTo(columns);
        }
    }
}
