package org.trialworkbench.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.service.CancellationToken;
import org.trialworkbench.service.ImportEvent;
import org.trialworkbench.service.ImportListener;
import org.trialworkbench.service.ImportReport;
import org.trialworkbench.service.ImportUseCase;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.FakeCatalog;
import org.trialworkbench.ui.FakeImporter;
import org.trialworkbench.ui.SameThreadTaskRunner;
import org.trialworkbench.ui.TestTrials;

class ImportControllerTest {
    private final AppState state = new AppState();
    private final FakeCatalog catalog = new FakeCatalog();
    private final List<ImportResult> shown = new ArrayList<>();
    private int refreshes;

    private ImportController controller(ImportUseCase importer) {
        return new ImportController(importer, new SameThreadTaskRunner(), state, () -> refreshes++, shown::add);
    }

    @Test
    void importsRefreshesTheListAndShowsTheSummary() {
        FakeImporter importer = new FakeImporter(catalog, List.of(TestTrials.doseEscalation()), List.of());
        controller(importer).importPaths(List.of(Path.of("a.json")));
        assertThat(importer.importedPaths).containsExactly(List.of(Path.of("a.json")));
        assertThat(catalog.list(null)).hasSize(1);
        assertThat(refreshes).isEqualTo(1);
        assertThat(state.statusProperty().get()).isEqualTo("Import: 1 imported, 0 updated, 0 merged, 0 unchanged, "
                + "0 failed, 0 warnings");
        assertThat(state.work().isRunning()).isFalse();
        assertThat(shown).isEmpty();
    }

    @Test
    void collectsOneLinePerFailureOrWarningOnly() {
        FakeImporter importer = new FakeImporter(catalog, List.of(TestTrials.doseEscalation()), List.of(
                new ImportEvent(ImportEvent.Kind.FAILED, null, null, "bad.xml", "not well-formed at line 3"),
                new ImportEvent(ImportEvent.Kind.WARNING, "NCT01000001", "ctgov-json", "a.json", "age unreadable")));
        controller(importer).importExamples();
        assertThat(importer.exampleCalls).isEqualTo(1);
        assertThat(shown).singleElement().satisfies(r -> {
            assertThat(r.problems()).containsExactly("failed bad.xml: not well-formed at line 3",
                    "warning NCT01000001 a.json: age unreadable");
            assertThat(r.report().failed()).isEqualTo(1);
        });
    }

    @Test
    void cancelSetsTheTokenTheImporterSees() {
        ImportUseCase cancelling = new ImportUseCase() {
            @Override
            public ImportReport importPaths(List<Path> paths, ImportListener listener, CancellationToken cancel) {
                state.work().cancel(); // the user presses Cancel while the import runs
                return new ImportReport(0, 0, 0, 0, 0, 0, cancel.isCancelled());
            }

            @Override
            public ImportReport importExamples(ImportListener listener, CancellationToken cancel) {
                throw new UnsupportedOperationException();
            }
        };
        controller(cancelling).importPaths(List.of(Path.of("big.zip")));
        assertThat(state.statusProperty().get()).endsWith("(cancelled)");
        assertThat(state.work().isRunning()).isFalse();
    }

    @Test
    void anImporterThatThrowsEndsTheWorkWithAMessage() {
        ImportUseCase broken = new ImportUseCase() {
            @Override
            public ImportReport importPaths(List<Path> paths, ImportListener listener, CancellationToken cancel) {
                throw new IllegalStateException("store closed");
            }

            @Override
            public ImportReport importExamples(ImportListener listener, CancellationToken cancel) {
                throw new IllegalStateException("store closed");
            }
        };
        controller(broken).importExamples();
        assertThat(state.statusProperty().get()).isEqualTo("Import stopped: store closed");
        assertThat(state.work().isRunning()).isFalse();
        assertThat(refreshes).isEqualTo(1);
    }

    @Test
    void refusesASecondImportWhileOneRuns() {
        FakeImporter importer = new FakeImporter(catalog, List.of(), List.of());
        state.work().begin("Exporting");
        controller(importer).importPaths(List.of(Path.of("a.json")));
        assertThat(importer.importedPaths).isEmpty();
        assertThat(state.statusProperty().get()).startsWith("Wait for the running work");
    }

    @Test
    void progressTextShowsRecordsAndRate() {
        assertThat(ImportProgressListener.progressText("Importing x.zip", 12345, 249.6))
                .isEqualTo("Importing x.zip: 12,345 records · 250 records/s");
    }
}
