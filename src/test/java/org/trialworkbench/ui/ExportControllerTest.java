package org.trialworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialworkbench.service.ExportFormat;
import org.trialworkbench.ui.export.ExportController;

class ExportControllerTest {
    @TempDir
    Path dir;
    private final AppState state = new AppState();
    private final FakeExporter exporter = new FakeExporter(Set.of(ExportFormat.JSON));
    private final ExportController controller = new ExportController(exporter, new SameThreadTaskRunner(), state);

    @Test
    void exportsAllStoredTrialsWhenNoneAreCompared() throws IOException {
        Path out = dir.resolve("all.json");
        controller.export(ExportFormat.JSON, out);
        assertThat(exporter.lastIds).isEmpty();
        assertThat(Files.readString(out)).isEqualTo("json\n");
        assertThat(state.statusProperty().get()).startsWith("Exported all stored trials as json");
    }

    @Test
    void exportsTheComparedTrialsInColumnOrder() {
        state.compare(List.of(TestTrials.randomizedPhase2(), TestTrials.doseEscalation()));
        controller.export(ExportFormat.JSON, dir.resolve("two.json"));
        assertThat(exporter.lastIds).containsExactly("jRCT2031200001", "NCT01000001");
    }

    @Test
    void aFailedExportEndsTheWorkWithTheReason() {
        controller.export(ExportFormat.JSON, dir.resolve("missing-folder/out.json"));
        assertThat(state.statusProperty().get()).startsWith("Export failed:");
        assertThat(state.work().isRunning()).isFalse();
    }
}
