package org.trialworkbench.ui.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;
import org.trialworkbench.analysis.TrialReader;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.importer.ctgov.CtgovJsonImporter;
import org.trialworkbench.model.Trial;
import org.trialworkbench.service.CompareService;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.FxTaskRunner;

/**
 * Loading a comparison of real ClinicalTrials.gov records (read by the real importer and readers)
 * into the panel with the window's own task runner: the alignment runs while the FX thread stays
 * free, and the grid builds only the rows in view.
 */
@ExtendWith(ApplicationExtension.class)
class UiEligibilityLoadTest {
    private static final String[] RECORDS = {"NCT02552212.json", "NCT00184067.json", "NCT03934567.json"};

    private final AppState state = new AppState();
    private final FxTaskRunner runner = new FxTaskRunner();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicReference<Thread> comparedOn = new AtomicReference<>();
    private EligibilityPanelViewModel model;

    @Start
    void start(Stage stage) {
        CompareService compare = new CompareService();
        // Held back until the test lets it go, to see what the FX thread does meanwhile.
        model = new EligibilityPanelViewModel(state, trials -> {
            comparedOn.set(Thread.currentThread());
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return compare.compare(trials);
        }, runner);
        stage.setScene(new Scene(new EligibilityPanel(model, state, "Nothing compared."), 1200, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        release.countDown();
        runner.shutdown();
    }

    @Test
    void theFxThreadAnswersWhileRealTrialsAreComparedAndOnlyTheRowsInViewAreBuilt(FxRobot robot) throws Exception {
        List<Trial> trials = realTrials();
        robot.interact(() -> state.compare(trials));

        CompletableFuture<Boolean> answered = new CompletableFuture<>();
        Platform.runLater(() -> answered.complete(Platform.isFxApplicationThread()));
        assertThat(answered.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(comparedOn.get()).isNotNull();
        assertThat(Platform.isFxApplicationThread()).isFalse();
        assertThat(comparedOn.get().getName()).startsWith("workbench-worker-");
        assertThat(robot.lookup("#eligibilityRowCount").queryAs(Label.class).getText()).isEqualTo("Comparing…");

        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.allRows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        int all = model.allRows().size();
        assertThat(all).as("rows: enough that most are out of view").isGreaterThanOrEqualTo(50);
        assertThat(robot.lookup("#eligibilityGrid .elig-row").queryAll()).hasSizeBetween(1, all / 3);

        EligibilityRowItem last = model.visibleRows().get(all - 1);
        ListView<?> grid = robot.lookup("#eligibilityGrid").queryAs(ListView.class);
        assertThat(shownRowLabels(robot)).doesNotContain(last.label());
        // Rows are measured as they are built: the list lands on the end once it knows their heights.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            robot.interact(() -> grid.scrollTo(all - 1));
            return shownRowLabels(robot).contains(last.label());
        });
    }

    /** Labels of the rows shown: the list keeps cells it does not use hidden, with what they showed last. */
    private static List<String> shownRowLabels(FxRobot robot) {
        return robot.lookup("#eligibilityGrid .elig-row-label").match(NodeQueryUtils.isVisible())
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static List<Trial> realTrials() throws IOException {
        TrialReader reader = new TrialReader();
        List<Trial> trials = new ArrayList<>();
        for (String name : RECORDS) {
            byte[] bytes;
            try (InputStream in = UiEligibilityLoadTest.class.getResourceAsStream("/samples/ctgov-json/" + name)) {
                bytes = in.readAllBytes();
            }
            new CtgovJsonImporter().parse(new BytesDocument(name, bytes), new RecordSink() {
                @Override
                public void accept(ParsedRecord record) {
                    trials.add(reader.read(record.trial()));
                }

                @Override
                public void fail(String location, String reason) {
                    throw new AssertionError(name + " " + location + ": " + reason);
                }
            });
        }
        return trials;
    }
}
