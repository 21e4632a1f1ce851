package org.trialworkbench.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.trialworkbench.app.Workbench;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.service.AnnotationFilter;
import org.trialworkbench.service.CancellationToken;
import org.trialworkbench.service.CorrectedCatalog;
import org.trialworkbench.service.ExportFormat;
import org.trialworkbench.service.ImportListener;
import org.trialworkbench.service.TrialAnnotation;
import org.trialworkbench.ui.FxTaskRunner;
import org.trialworkbench.ui.MainWindow;
import org.trialworkbench.ui.SelectedTarget;
import org.trialworkbench.ui.UiContext;
import org.trialworkbench.ui.settings.SettingsStore;

/** The annotation path through the real window on the real services over a store in a temporary folder. */
@ExtendWith(ApplicationExtension.class)
class UiAnnotationsTest {
    static final String NCT = "NCT00962923";
    static final String JRCT = "jRCTc071190041";

    @TempDir
    Path dir;

    private Workbench workbench;
    private MainWindow window;

    @AfterEach
    void closeAll(FxRobot robot) {
        closeWindowAndStore(robot);
    }

    /** Opens the store (importing the seeds the first time) and the window comparing the two trials. */
    static UiContext context(Workbench workbench, Path settings) {
        return new UiContext(new CorrectedCatalog(workbench.catalog()), workbench.importer(), workbench.exporter(),
                workbench.comparer(), settings, "test", workbench.storeDirectory().toString())
                .withAnnotations(workbench.annotations(), workbench.corrections());
    }

    static void importSeeds(Workbench workbench) throws URISyntaxException {
        List<Path> seeds = List.of(seed("000_ba20f4bf161fb405.txt"), seed("001_9fb71e6dd1eeb2dc.txt"),
                seed("003_4f16fd12adea18a5.txt"));
        workbench.importer().importPaths(seeds, ImportListener.NONE, new CancellationToken());
    }

    private static Path seed(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(UiAnnotationsTest.class.getResource("/seeds/" + name)).toURI());
    }

    private void openOnStore(FxRobot robot) throws TimeoutException {
        workbench = Workbench.open(dir.resolve("store"));
        UiContext context = context(workbench, dir.resolve("settings.json"));
        robot.interact(() -> window = MainWindow.create(context, new Stage(), new FxTaskRunner()));
        robot.interact(() -> window.state().compare(context.catalog().loadAll(List.of(NCT, JRCT))));
        waitUntil(() -> window.state().comparedIds().equals(List.of(NCT, JRCT)));
        robot.interact(() -> window.state().selectedTargetProperty().set(new SelectedTarget(NCT, "criterion:I2")));
    }

    private void closeWindowAndStore(FxRobot robot) {
        if (window != null) {
            robot.interact(() -> window.stage().close());
            window.shutdown();
            window = null;
        }
        if (workbench != null) {
            workbench.close();
            workbench = null;
        }
    }

    private void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new TimeoutException("status: " + (window == null ? "-" : window.state().statusProperty().get()));
        }
    }

    private static ListView<TrialAnnotation> list(FxRobot robot) {
        return robot.lookup("#annotationList").queryListView();
    }

    private static List<String> shownNotes(FxRobot robot) {
        return list(robot).getItems().stream().map(e -> e.annotation().note()).toList();
    }

    @Test
    void aNoteMadeWithTheShortcutIsListedKeptAcrossRestartsAndExported(FxRobot robot) throws Exception {
        workbench = Workbench.open(dir.resolve("store"));
        importSeeds(workbench);
        workbench.close();
        openOnStore(robot);
        assertThat(robot.lookup("#annotationsPane").query().isVisible()).isTrue();
        assertThat(list(robot).getItems()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#reviewerNameField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#reviewerNameField").queryTextInputControl().clear());
        robot.clickOn("#reviewerNameField").write("Ada Reviewer").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#annotationNoteArea").tryQuery().isPresent());
        assertThat(robot.lookup("#annotationTargetLabel").queryLabeled().getText()).isEqualTo(NCT + " · criterion:I2");
        robot.clickOn("#annotationNoteArea").write("Threshold stricter than in the jRCT trial").type(KeyCode.ENTER);

        waitUntil(() -> shownNotes(robot).equals(List.of("Threshold stricter than in the jRCT trial")));
        TrialAnnotation shown = list(robot).getItems().get(0);
        assertThat(shown.trialId()).isEqualTo(NCT);
        assertThat(shown.annotation().target()).isEqualTo("criterion:I2");
        assertThat(shown.annotation().author()).isEqualTo("Ada Reviewer");
        assertThat(new SettingsStore(dir.resolve("settings.json")).load().reviewerName()).isEqualTo("Ada Reviewer");

        closeWindowAndStore(robot);
        openOnStore(robot);
        waitUntil(() -> shownNotes(robot).equals(List.of("Threshold stricter than in the jRCT trial")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#annotationNoteArea").tryQuery().isPresent());
        assertThat(robot.lookup("#reviewerNameField").tryQuery()).isEmpty(); // the name was asked once
        robot.clickOn("#annotationNoteArea").write("never saved").type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#annotationNoteArea").tryQuery().isEmpty());

        Path out = dir.resolve("export.json");
        workbench.exporter().export(ExportFormat.JSON, List.of(NCT, JRCT), out);
        assertThat(Files.readString(out)).contains("Threshold stricter than in the jRCT trial", "Ada Reviewer")
                .doesNotContain("never saved");
    }

    @Test
    void undoRemovesAJustAddedNoteAndRedoBringsItBack(FxRobot robot) throws Exception {
        workbench = Workbench.open(dir.resolve("store"));
        importSeeds(workbench);
        workbench.close();
        Files.writeString(dir.resolve("settings.json"), "{\"width\":1280,\"height\":800,\"reviewerName\":\"Ada\"}");
        openOnStore(robot);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#annotationNoteArea").tryQuery().isPresent());
        robot.clickOn("#annotationNoteArea").write("to be undone").type(KeyCode.ENTER);
        waitUntil(() -> shownNotes(robot).equals(List.of("to be undone")));

        robot.clickOn("#comparisonPane");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> list(robot).getItems().isEmpty());
        assertThat(workbench.annotations().list(List.of(NCT), AnnotationFilter.ALL)).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> shownNotes(robot).equals(List.of("to be undone")));
        Annotation back = workbench.annotations().list(List.of(NCT), AnnotationFilter.ALL).get(0).annotation();
        assertThat(back.author()).isEqualTo("Ada");
        assertThat(back.anchorText()).isNotBlank(); // anchored on the criterion's text, kept through undo and redo
    }
}
