package org.trialworkbench.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import javafx.scene.control.ComboBox;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.Threshold;
import org.trialworkbench.service.AnnotationFilter;
import org.trialworkbench.service.ExportFormat;
import org.trialworkbench.service.TrialAnnotation;
import org.trialworkbench.ui.FxTaskRunner;
import org.trialworkbench.ui.MainWindow;
import org.trialworkbench.ui.SeedWorkbench;
import org.trialworkbench.ui.SelectedTarget;
import org.trialworkbench.ui.UiContext;
import org.trialworkbench.ui.settings.SettingsStore;

/** The annotation path through the real window on the real services over a store in a temporary folder. */
@ExtendWith(ApplicationExtension.class)
class UiAnnotationsTest {
    static final String NCT = SeedWorkbench.NCT;
    static final String JRCT = SeedWorkbench.JRCT;

    @TempDir
    Path dir;

    private Workbench workbench;
    private MainWindow window;

    @AfterEach
    void closeAll(FxRobot robot) {
        closeWindowAndStore(robot);
    }

    private void openOnStore(FxRobot robot) throws TimeoutException {
        workbench = Workbench.open(dir.resolve("store"));
        UiContext context = SeedWorkbench.context(workbench, dir.resolve("settings.json"));
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
        SeedWorkbench.importSeeds(workbench);
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
        SeedWorkbench.importSeeds(workbench);
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

    /** Read on the FX thread: the compared trials are replaced there while the test thread polls. */
    private Threshold firstThreshold(String criterionKey) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.state().comparedTrials().get(0).eligibility().criteria().stream()
                .filter(c -> c.key().equals(criterionKey)).findFirst().orElseThrow().thresholds().get(0))
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void aCorrectionIsCheckedShownInTheComparedTrialAndUndone(FxRobot robot) throws Exception {
        workbench = Workbench.open(dir.resolve("store"));
        SeedWorkbench.importSeeds(workbench);
        workbench.close();
        Files.writeString(dir.resolve("settings.json"), "{\"width\":1280,\"height\":800,\"reviewerName\":\"Ada\"}");
        openOnStore(robot);
        Criterion criterion = window.state().comparedTrials().get(0).eligibility().criteria().stream()
                .filter(c -> !c.thresholds().isEmpty()).findFirst().orElseThrow();
        Threshold reading = criterion.thresholds().get(0);
        robot.interact(() -> window.state().selectedTargetProperty()
                .set(new SelectedTarget(NCT, "criterion:" + criterion.key())));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#correctionFieldChoice").tryQuery().isPresent());
        ComboBox<CorrectionChoice> fields = robot.lookup("#correctionFieldChoice").query();
        CorrectionChoice value = fields.getItems().stream().filter(c -> c.label().endsWith("threshold 1 ("
                + reading.parameter() + ") · value")).findFirst().orElseThrow();
        robot.interact(() -> fields.getSelectionModel().select(value));
        assertThat(robot.lookup("#correctionReadingLabel").queryLabeled().getText())
                .isEqualTo(ReadingValues.number(reading.value()));

        robot.interact(() -> robot.lookup("#correctionValueField").queryTextInputControl().clear());
        robot.clickOn("#correctionValueField").write("about ten");
        robot.clickOn("Save correction");
        waitUntil(() -> !robot.lookup("#correctionError").queryLabeled().getText().isBlank());
        assertThat(robot.lookup("#correctionError").queryLabeled().getText()).contains("not a number");

        String corrected = ReadingValues.number(reading.value() + 1);
        robot.interact(() -> robot.lookup("#correctionValueField").queryTextInputControl().clear());
        robot.clickOn("#correctionValueField").write(corrected);
        robot.clickOn("Save correction");
        waitUntil(() -> robot.lookup("#correctionFieldChoice").tryQuery().isEmpty());
        waitUntil(() -> firstThreshold(criterion.key()).value() == reading.value() + 1);
        assertThat(firstThreshold(criterion.key()).flags()).contains("CORRECTED");

        robot.clickOn("#comparisonPane");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> firstThreshold(criterion.key()).value() == reading.value());
        assertThat(workbench.corrections().corrected(NCT).orElseThrow().applied()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> firstThreshold(criterion.key()).value() == reading.value() + 1);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#correctionFieldChoice").tryQuery().isPresent());
        ComboBox<CorrectionChoice> again = robot.lookup("#correctionFieldChoice").query();
        CorrectionChoice standing = again.getItems().stream().filter(c -> c.label().equals(value.label())).findFirst()
                .orElseThrow();
        assertThat(standing.current().correctedValue()).isEqualTo(corrected);
        assertThat(standing.current().author()).isEqualTo("Ada");
        robot.interact(() -> again.getSelectionModel().select(standing));
        robot.clickOn("#removeCorrectionLink");
        waitUntil(() -> firstThreshold(criterion.key()).value() == reading.value());
        assertThat(robot.lookup("#correctionFieldChoice").tryQuery()).isEmpty();
    }

    @Test
    void theSidePaneEditsDeletesReanchorsFiltersAndSelects(FxRobot robot) throws Exception {
        workbench = Workbench.open(dir.resolve("store"));
        SeedWorkbench.importSeeds(workbench);
        workbench.annotations().add(NCT, "outcome:P1", "match", "same window", "Grace");
        workbench.annotations().restore(JRCT, new Annotation("old", "criterion:I1", "unclear", "read from an older record",
                "Ada", java.time.Instant.parse("2026-10-01T09:00:00Z"), null, "text the record no longer has", false));
        workbench.close();
        Files.writeString(dir.resolve("settings.json"), "{\"width\":1280,\"height\":800,\"reviewerName\":\"Ada\"}");
        openOnStore(robot);
        waitUntil(() -> list(robot).getItems().size() == 2);
        assertThat(list(robot).getItems().get(1).annotation().sourceChanged()).isTrue();

        robot.clickOn("Accept current source");
        waitUntil(() -> robot.lookup(".accept-source-button").tryQuery().isEmpty());
        assertThat(workbench.annotations().list(List.of(JRCT), AnnotationFilter.ALL).get(0).annotation().sourceChanged())
                .isFalse();

        robot.clickOn("same window"); // selects the note's target and shows its tab
        assertThat(window.state().selectedTargetProperty().get()).isEqualTo(new SelectedTarget(NCT, "outcome:P1"));
        assertThat(robot.lookup("#comparisonTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedItem().getId()).isEqualTo("outcomeTab");

        robot.clickOn(robot.lookup(".edit-annotation-link").queryAll().iterator().next());
        waitUntil(() -> robot.lookup("#annotationNoteArea").tryQuery().isPresent());
        assertThat(robot.lookup("#annotationNoteArea").queryTextInputControl().getText()).isEqualTo("same window");
        robot.interact(() -> robot.lookup("#annotationNoteArea").queryTextInputControl().clear());
        robot.clickOn("#annotationNoteArea").write("same window, other visits").type(KeyCode.ENTER);
        waitUntil(() -> shownNotes(robot).contains("same window, other visits"));

        robot.clickOn("#annotationTextFilter").write("older");
        waitUntil(() -> shownNotes(robot).equals(List.of("read from an older record")));
        robot.interact(() -> robot.lookup("#annotationTextFilter").queryTextInputControl().clear());
        waitUntil(() -> list(robot).getItems().size() == 2);

        robot.clickOn(robot.lookup(".delete-annotation-link").queryAll().iterator().next());
        waitUntil(() -> shownNotes(robot).equals(List.of("read from an older record")));
        robot.clickOn("#comparisonPane");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> shownNotes(robot).equals(List.of("same window, other visits", "read from an older record")));
    }
}
