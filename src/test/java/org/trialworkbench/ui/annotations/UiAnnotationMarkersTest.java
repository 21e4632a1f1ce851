package org.trialworkbench.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trialworkbench.service.ExportFormat;
import org.trialworkbench.service.TrialAnnotation;
import org.trialworkbench.ui.AnnotationBadge;
import org.trialworkbench.ui.FakeCatalog;
import org.trialworkbench.ui.FakeExporter;
import org.trialworkbench.ui.FakeImporter;
import org.trialworkbench.ui.MainWindow;
import org.trialworkbench.ui.SameThreadTaskRunner;
import org.trialworkbench.ui.SelectedTarget;
import org.trialworkbench.ui.TestTrials;
import org.trialworkbench.ui.UiContext;

/**
 * The markers in the real window (headless Monocle): a note on a criterion, an outcome, a cohort or
 * a whole trial marks that item in its panel, only in its trial, and the mark follows delete, undo
 * and redo without the panel being rebuilt.
 */
@ExtendWith(ApplicationExtension.class)
class UiAnnotationMarkersTest {
    private static final String NCT = "NCT01000001";
    private static final String JRCT = "jRCT2031200001";

    @TempDir
    static Path dir;

    private final FakeAnnotations notes = new FakeAnnotations();
    private MainWindow window;

    @Start
    void start(Stage ignored) throws Exception {
        FakeCatalog catalog = new FakeCatalog(TestTrials.doseEscalation(), TestTrials.randomizedPhase2());
        Path settings = dir.resolve("settings-" + System.nanoTime() + ".json");
        Files.writeString(settings, "{\"width\":1280,\"height\":800,\"reviewerName\":\"Ada\"}");
        UiContext context = new UiContext(catalog, new FakeImporter(catalog, List.of(), List.of()),
                new FakeExporter(Set.of(ExportFormat.JSON)), settings, "test", "/tmp/store")
                .withAnnotations(notes, null);
        window = MainWindow.create(context, new Stage(), new SameThreadTaskRunner());
        window.stage().setWidth(1280);
        window.stage().setHeight(800);
        window.state().compare(List.of(TestTrials.doseEscalation(), TestTrials.randomizedPhase2()));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.stage().close());
        window.shutdown();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }

    private static boolean annotated(Node node) {
        return node.getPseudoClassStates().contains(AnnotationBadge.ANNOTATED);
    }

    private static List<Node> annotatedOf(FxRobot robot, String selector) {
        return all(robot, selector).stream().filter(UiAnnotationMarkersTest::annotated).toList();
    }

    private static List<Node> all(FxRobot robot, String selector) {
        return List.copyOf(robot.lookup(selector).queryAllAs(Node.class));
    }

    /** The visible badge inside {@code node}, or null. */
    private static AnnotationBadge badgeIn(Node node) {
        return node.lookupAll(".annotation-badge").stream().filter(Node::isVisible).map(AnnotationBadge.class::cast)
                .findFirst().orElse(null);
    }

    private void showTab(FxRobot robot, String id) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#comparisonTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .orElseThrow());
        });
    }

    private TrialAnnotation listed(String trialId, String target) {
        return window.annotations().list().items().stream()
                .filter(e -> e.trialId().equals(trialId) && e.annotation().target().equals(target)).findFirst()
                .orElseThrow();
    }

    private void addInStore(FxRobot robot, String trialId, String target, String tag, String note) {
        notes.add(trialId, target, tag, note, "Ada");
        robot.interact(() -> window.annotations().list().refresh());
    }

    @Test
    void aCriterionAnnotatedWithTheShortcutMarksItsCellOnlyUntilDeletedAndUndoBringsItBack(FxRobot robot)
            throws Exception {
        Node cell = all(robot, "#eligibilityGrid .elig-cell").stream()
                .filter(n -> NCT.equals(n.getUserData()))
                .filter(n -> n.lookupAll(".elig-entry-text").stream()
                        .anyMatch(t -> ((Label) t).getText().contains("ECOG performance status")))
                .findFirst().orElseThrow();
        assertThat(annotatedOf(robot, "#eligibilityGrid .elig-cell")).isEmpty();
        robot.clickOn(cell);
        assertThat(window.state().selectedTargetProperty().get()).isEqualTo(new SelectedTarget(NCT, "criterion:I1"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#annotationNoteArea").tryQuery().isPresent());
        robot.clickOn("#annotationTagField").write("concern");
        robot.clickOn("#annotationNoteArea").write("ECOG 2 is excluded here but allowed in the other trial")
                .type(KeyCode.ENTER);
        waitUntil(() -> annotated(cell));

        assertThat(annotatedOf(robot, "#eligibilityGrid .elig-cell")).containsExactly(cell); // the same node: not rebuilt
        assertThat(cell.getScene()).isNotNull();
        assertThat(badgeIn(cell).getText()).isEqualTo("✎ concern");
        assertThat(badgeIn(cell).getTooltip().getText())
                .isEqualTo("Annotated: concern — ECOG 2 is excluded here but allowed in…");
        assertThat(cell.getAccessibleHelp()).isEqualTo(badgeIn(cell).getTooltip().getText()); // read out with the cell

        robot.interact(() -> window.annotations().delete(listed(NCT, "criterion:I1")));
        assertThat(annotatedOf(robot, "#eligibilityGrid .elig-cell")).isEmpty();
        assertThat(badgeIn(cell)).isNull();
        assertThat(cell.getAccessibleHelp()).isNull();

        robot.interact(() -> window.annotations().undo());
        assertThat(annotatedOf(robot, "#eligibilityGrid .elig-cell")).containsExactly(cell);
        robot.interact(() -> window.annotations().redo());
        assertThat(annotated(cell)).isFalse();
    }

    @Test
    void anOutcomeNoteMarksThatTrialsRowAndNotTheOtherTrialsRowOfTheSameKey(FxRobot robot) {
        showTab(robot, "outcomeTab");
        addInStore(robot, NCT, "outcome:P1", "match", "Same DLT window");

        List<Node> marked = annotatedOf(robot, "#scheduleView .schedule-row");
        assertThat(marked).extracting(Node::getUserData).containsExactly(NCT + ":P1");
        Node row = marked.get(0);
        assertThat(badgeIn(row).getText()).isEqualTo("✎ match");
        assertThat(all(robot, "#scheduleView .schedule-row")).extracting(Node::getUserData)
                .contains(JRCT + ":P1"); // the same key in the other trial stays unmarked

        robot.interact(() -> window.annotations().delete(listed(NCT, "outcome:P1")));
        assertThat(annotatedOf(robot, "#scheduleView .schedule-row")).isEmpty();
        robot.interact(() -> window.annotations().undo());
        assertThat(annotatedOf(robot, "#scheduleView .schedule-row")).containsExactly(row);
    }

    @Test
    void aCohortNoteMarksItsTableRowAndFollowsDeleteAndUndo(FxRobot robot) throws TimeoutException {
        showTab(robot, "cohortsTab");
        addInStore(robot, NCT, "cohort:C2", "unclear", "Is 20 mg per dose or per day?");

        List<Node> marked = annotatedOf(robot, "#cohorts-" + NCT + " .table-row-cell");
        assertThat(marked).hasSize(1);
        assertThat(((TableRow<?>) marked.get(0)).getIndex()).isEqualTo(1); // C2 is the second row
        assertThat(badgeIn(marked.get(0)).getText()).isEqualTo("✎ unclear");
        assertThat(annotatedOf(robot, "#cohortTables .table-row-cell")).hasSize(1);
        assertThat(notesColumnShown(robot, "#cohorts-" + NCT)).isTrue();
        assertThat(notesColumnShown(robot, "#items-" + NCT)).isFalse(); // no note on an arm or intervention
        assertThat(notesColumnShown(robot, "#cohorts-" + JRCT)).isFalse();

        robot.interact(() -> window.annotations().delete(listed(NCT, "cohort:C2")));
        // The delete is stored off the FX thread; the marks follow when it is done.
        waitUntil(() -> annotatedOf(robot, "#cohortTables .table-row-cell").isEmpty());
        assertThat(all(robot, "#cohortTables .annotation-badge")).noneMatch(Node::isVisible);
        assertThat(notesColumnShown(robot, "#cohorts-" + NCT)).isFalse();
        robot.interact(() -> window.annotations().undo());
        waitUntil(() -> annotatedOf(robot, "#cohorts-" + NCT + " .table-row-cell").size() == 1);
    }

    private static boolean notesColumnShown(FxRobot robot, String table) {
        return robot.lookup(table).queryTableView().getColumns().stream()
                .filter(c -> c.getStyleClass().contains("notes-column")).findFirst().orElseThrow().isVisible();
    }

    @Test
    void anArmNoteMarksItsRowInTheArmsTable(FxRobot robot) {
        showTab(robot, "cohortsTab");
        addInStore(robot, JRCT, "arm:Placebo", "concern", "Placebo arm has no dose");

        List<Node> marked = annotatedOf(robot, "#items-" + JRCT + " .table-row-cell");
        assertThat(marked).hasSize(1);
        assertThat(((TableRow<?>) marked.get(0)).getIndex()).isEqualTo(1); // arms in record order: Drug B, Placebo
        assertThat(notesColumnShown(robot, "#items-" + JRCT)).isTrue();
        assertThat(annotatedOf(robot, "#cohortTables .table-row-cell")).hasSize(1);
    }

    @Test
    void aNoteOnTheWholeTrialMarksItsHeaderInEveryPanelOnly(FxRobot robot) {
        addInStore(robot, JRCT, "trial", "needs-sponsor", "Ask about the placebo arm");

        List<Node> headers = annotatedOf(robot, "#eligibilityPanel .column-header");
        assertThat(headers).hasSize(1);
        assertThat(badgeIn(headers.get(0)).getText()).isEqualTo("✎ needs-sponsor");
        assertThat(headers.get(0).lookup(".column-trial-id")).extracting(n -> ((Label) n).getText()).isEqualTo(JRCT);
        assertThat(annotatedOf(robot, "#eligibilityGrid .elig-cell")).isEmpty();

        showTab(robot, "outcomeTab");
        assertThat(annotatedOf(robot, "#scheduleView .schedule-lane-header")).hasSize(1)
                .allMatch(h -> h.getParent().getUserData().equals(JRCT));
        assertThat(annotatedOf(robot, "#scheduleView .schedule-row")).isEmpty();
        showTab(robot, "cohortsTab");
        assertThat(annotatedOf(robot, "#cohortTables .trial-heading")).hasSize(1)
                .allMatch(h -> ((Label) h.lookup(".trial-id")).getText().equals(JRCT));

        robot.interact(() -> window.annotations().delete(listed(JRCT, "trial")));
        assertThat(annotatedOf(robot, "#cohortTables .trial-heading")).isEmpty();
        assertThat(annotatedOf(robot, "#eligibilityPanel .column-header")).isEmpty();
        assertThat(annotatedOf(robot, "#scheduleView .schedule-lane-header")).isEmpty();
    }
}
