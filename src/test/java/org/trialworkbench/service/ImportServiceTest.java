package org.trialworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialworkbench.analysis.TrialReader;
import org.trialworkbench.export.ExportSchema;
import org.trialworkbench.export.JsonExporter;
import org.trialworkbench.importer.ImporterRegistry;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.AgeUnit;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.EnrollmentType;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.TimeUnit;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialSummary;
import org.trialworkbench.store.H2Store;

/** The import use case on the real importers, readers and store, with the seeds and real samples. */
class ImportServiceTest {
    @TempDir
    Path dir;
    H2Store store;
    ImportService service;
    final List<ImportEvent> events = new ArrayList<>();
    final ImportListener listener = new ImportListener() {
        @Override
        public void event(ImportEvent event) {
            events.add(event);
        }
    };

    @BeforeEach
    void open() {
        store = H2Store.open(dir.resolve("store"));
        service = new ImportService(store, ImporterRegistry.standard(), new TrialReader(),
                Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), java.time.ZoneOffset.UTC), new ExampleRecords());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path copy(String resource, String name) throws IOException {
        Path target = dir.resolve("in").resolve(name);
        Files.createDirectories(target.getParent());
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }

    private ImportReport importSeeds() {
        return service.importExamples(listener, new CancellationToken());
    }

    private Trial trial(String id) {
        return store.load(id).orElseThrow();
    }

    @Test
    void theFiveSeedsAreFourTrials() {
        ImportReport report = importSeeds();
        assertThat(report.failed()).isZero();
        assertThat(store.list(null)).extracting(TrialSummary::id)
                .containsExactly("NCT00962923", "NCT01539902", "jRCTc071190041", "local-fe0de6a13a03");
    }

    @Test
    void seeds000And001AreOneTrialWithTwoSources() {
        importSeeds();
        Trial t = trial("NCT00962923");
        assertThat(t.sources()).extracting(SourceRef::format).containsExactly("ctgov-tabular-text", "aggregator-text");
        assertThat(t.overallStatus()).isEqualTo(OverallStatus.UNKNOWN);
        assertThat(t.enrollment().count()).isEqualTo(20);
        assertThat(t.enrollment().type()).isEqualTo(EnrollmentType.ESTIMATED);
        assertThat(t.eligibility().minimumAge()).isEqualTo(new Age(15, AgeUnit.YEARS, true));
        assertThat(t.eligibility().criteria()).hasSize(9);
        assertThat(t.eligibility().criteria().get(5).kind()).isEqualTo(CriterionKind.EXCLUSION);
        assertThat(t.eligibility().criteria().get(5).text()).startsWith("Uncontrolled arrhythmia");
        assertThat(t.outcomes()).extracting(o -> o.key() + " " + o.schedule().recurrence().every().value() + " "
                + o.schedule().recurrence().every().unit()).containsExactly("P1 1.0 MONTH", "S1 3.0 MONTH", "S2 3.0 MONTH", "S3 3.0 MONTH");
        assertThat(t.registryIds()).contains(new RegistryId("NJGLYY003", null));
        assertThat(t.provenance()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("eligibility.criteria");
            assertThat(p.sourceFiles().get(0)).endsWith("001_9fb71e6dd1eeb2dc.txt");
        });
    }

    @Test
    void twoRecordsOfOneFileAreTwoSourcesAReviewerCanTellApart() throws IOException {
        // The real ICTRP export holds HELIOS-A twice: NCT03759379 (enrolment 164) and jRCT2080224769 (16). Both
        // were source "[1]" of one file: the conflict could not say which record states which number.
        Path export = copy("/samples/ictrp/ICTRP-Results_2024-06-09_95-trials.xml", "ictrp.xml");
        service.importPaths(List.of(export), listener, new CancellationToken());
        Trial helios = trial("jRCT2080224769");
        assertThat(helios.sources()).extracting(SourceRef::file).containsExactlyInAnyOrder(
                export + "#Trial 43 (NCT03759379)", export + "#Trial 40 (JPRN-jRCT2080224769)");
        assertThat(helios.conflicts()).filteredOn(c -> c.field().equals("enrollment")).singleElement().satisfies(c ->
                assertThat(c.values()).extracting(v -> v.sourceFile()).doesNotHaveDuplicates().hasSize(2));
        assertThat(events).filteredOn(e -> "jRCT2080224769".equals(e.trialId()) && e.kind() != ImportEvent.Kind.WARNING)
                .isNotEmpty().allSatisfy(e -> assertThat(e.file()).as("import lines name the file as given").isEqualTo(export.toString()));
        ImportReport again = service.importPaths(List.of(export), listener, new CancellationToken());
        assertThat(again.stored()).as("importing the file again changes nothing").isZero();
    }

    @Test
    void theJrctPageCarriesItsUminIdAndItsAgeLimits() {
        importSeeds();
        Trial t = trial("UMIN000028381");
        assertThat(t.id()).isEqualTo("jRCTc071190041");
        assertThat(t.eligibility().maximumAge()).isEqualTo(new Age(65, AgeUnit.YEARS, false));
        assertThat(t.outcomes().get(0).schedule().timePoints()).singleElement()
                .satisfies(p -> assertThat(p.unit()).isEqualTo(TimeUnit.MONTH));
    }

    @Test
    void anEmptyEligibilityCellIsAWarningNotNoCriteria() {
        importSeeds();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ImportEvent.Kind.WARNING);
            assertThat(e.file()).endsWith("000_ba20f4bf161fb405.txt");
            assertThat(e.message()).contains("eligibility criteria are empty");
        });
    }

    @Test
    void aCopyOfARecordInTheSameImportIsSaidUnchangedAfterTheRecordIsSaidImported() throws IOException {
        Path first = copy("/seeds/003_4f16fd12adea18a5.txt", "a-page.txt");
        Files.copy(first, first.resolveSibling("b-copy.txt"));
        service.importPaths(List.of(first.getParent()), listener, new CancellationToken());
        List<String> lines = events.stream().map(ImportEvent::line).filter(l -> !l.startsWith("warning")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("imported jRCTc071190041 jrct-text").endsWith("a-page.txt");
        assertThat(lines.get(1)).startsWith("unchanged jRCTc071190041 jrct-text").endsWith("b-copy.txt");
    }

    @Test
    void aSavedHtmlPageIsReadAsItsTextAndAPageOfNoTrialFails() throws IOException {
        String text = new String(getClass().getResourceAsStream("/seeds/002_c014f135a40a8c7f.txt").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head><title>Study</title></head><body>\n");
        text.lines().forEach(line -> page.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;"))
                .append("</p>\n"));
        Path in = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(in.resolve("study.html"), page.append("</body></html>\n"));
        Files.writeString(in.resolve("nothing.html"), "<html><body><p>Opening hours</p></body></html>\n");

        ImportReport report = service.importPaths(List.of(in), listener, new CancellationToken());

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.failed()).isEqualTo(1);
        assertThat(trial("NCT01539902").sources()).singleElement().satisfies(s -> {
            assertThat(s.file()).endsWith("study.html");
            assertThat(s.format()).isNotBlank();
        });
        assertThat(events).filteredOn(e -> e.kind() == ImportEvent.Kind.FAILED).singleElement()
                .satisfies(e -> assertThat(e.file()).endsWith("nothing.html"));
    }

    @Test
    void importingTheSameFilesAgainIsUnchanged() {
        importSeeds();
        events.clear();
        ImportReport again = importSeeds();
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(again.stored()).isZero();
    }

    @Test
    void everyExportOfTheSeedsValidates() throws IOException {
        importSeeds();
        List<Trial> trials = store.list(null).stream().map(s -> trial(s.id())).toList();
        StringWriter out = new StringWriter();
        new JsonExporter().write(new CompareService().compare(trials), new org.trialworkbench.export.ExportHeader(Instant.EPOCH, null), out);
        ExportSchema.assertValid(out.toString());
    }

    @Test
    void twoCopiesOfOneVersionAreOneSourceAndImportingThemAgainChangesNothing() throws IOException {
        // The two real downloads of NCT00002475 differ in bytes but state the same last change (July 9, 2013).
        Path first = copy("/samples/versions/NCT00002475_2016-05-11.xml", "a.xml");
        Path second = copy("/samples/versions/NCT00002475_2017-01-18.xml", "b.xml");
        service.importPaths(List.of(first, second), listener, new CancellationToken());
        assertThat(events).extracting(ImportEvent::line).anySatisfy(l -> assertThat(l).startsWith("imported NCT00002475"))
                .anySatisfy(l -> assertThat(l).startsWith("unchanged NCT00002475 ctgov-xml").endsWith("b.xml (the same update"
                        + " date, 2013-07-09, as a copy of this record read before it in this import; kept that copy)"));
        assertThat(trial("NCT00002475").sources()).singleElement().satisfies(s -> assertThat(s.file()).endsWith("a.xml"));
        for (List<Path> again : List.of(List.of(first, second), List.of(second), List.of(second, first))) {
            events.clear();
            ImportReport report = service.importPaths(again, listener, new CancellationToken());
            assertThat(report.unchanged()).as("import of %s", again).isEqualTo(again.size());
            assertThat(trial("NCT00002475").sources()).singleElement().satisfies(s -> assertThat(s.file()).endsWith("a.xml"));
        }
        assertThat(events).anySatisfy(e -> assertThat(e.line()).contains("as the copy stored; kept the stored copy"));
    }

    @Test
    void aNewerVersionUpdatesTheTrialAndKeepsItsAnnotations() throws IOException {
        Path older = copy("/samples/versions/NCT00002475_2016-05-11.xml", "a-older.xml");
        // The two real downloads state the same last change; the later one is made newer here.
        Path newer = copy("/samples/versions/NCT00002475_2017-01-18.xml", "b-newer.xml");
        Files.writeString(newer, Files.readString(newer).replace("<lastchanged_date>July 9, 2013", "<lastchanged_date>January 5, 2017"));
        service.importPaths(List.of(older), listener, new CancellationToken());
        Annotation note = new Annotation(null, "trial", "concern", "check dosing", "Dr. R", Instant.parse("2026-01-01T00:00:00Z"), null);
        store.write(tx -> tx.addAnnotation("NCT00002475", note));
        events.clear();
        service.importPaths(List.of(newer), listener, new CancellationToken());
        assertThat(events).anySatisfy(e -> assertThat(e.line()).startsWith("updated NCT00002475 ctgov-xml"));
        Trial t = trial("NCT00002475");
        assertThat(t.sources()).singleElement().satisfies(s -> assertThat(s.file()).endsWith("b-newer.xml"));
        assertThat(t.annotations()).extracting(Annotation::note).containsExactly("check dosing");
        events.clear();
        service.importPaths(List.of(older), listener, new CancellationToken());
        assertThat(events).anySatisfy(e -> assertThat(e.line()).startsWith("unchanged NCT00002475 ctgov-xml")
                .contains("older version"));
        assertThat(trial("NCT00002475").sources()).singleElement().satisfies(s -> assertThat(s.file()).endsWith("b-newer.xml"));
    }

    @Test
    void cancellingKeepsWhatWasStoredBefore() {
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        ImportReport report = service.importExamples(listener, cancel);
        assertThat(report.cancelled()).isTrue();
        assertThat(store.count()).isZero();
        Map<String, Integer> none = Map.of();
        assertThat(none).isEmpty();
    }
}
