package org.trialworkbench.ui.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialworkbench.ui.eligibility.EligibilityTrials.RENAL_MG;
import static org.trialworkbench.ui.eligibility.EligibilityTrials.RENAL_UMOL;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
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
import org.trialworkbench.ui.FakeCatalog;
import org.trialworkbench.ui.FakeExporter;
import org.trialworkbench.ui.FakeImporter;
import org.trialworkbench.ui.FxTaskRunner;
import org.trialworkbench.ui.MainWindow;
import org.trialworkbench.ui.SelectedTarget;
import org.trialworkbench.ui.UiContext;

/** The Eligibility tab in the real window (headless Monocle), with fake services and real background threads. */
@ExtendWith(ApplicationExtension.class)
class UiEligibilityPanelTest {
    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage ignored) {
        FakeCatalog catalog = new FakeCatalog(EligibilityTrials.creatinineInMicromoles(),
                EligibilityTrials.creatinineInMilligrams());
        UiContext context = new UiContext(catalog, new FakeImporter(catalog, List.of(), List.of()),
                new FakeExporter(Set.of(ExportFormat.JSON)), dir.resolve("settings-" + System.nanoTime() + ".json"),
                "0.1.0-test", "/tmp/store");
        window = MainWindow.create(context, new Stage(), new FxTaskRunner());
        window.stage().setWidth(1200);
        window.stage().setHeight(800);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.stage().close());
        window.shutdown();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }

    private static List<String> rowLabels(FxRobot robot) {
        return robot.lookup("#eligibilityGrid .elig-row-label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    /** The cell of the trial in the row labelled {@code rowLabel} (a row in view). */
    private static VBox cell(FxRobot robot, String rowLabel, String trialId) {
        Label label = robot.lookup("#eligibilityGrid .elig-row-label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(rowLabel)).findFirst().orElseThrow();
        Node row = label.getParent().getParent();
        return row.lookupAll(".elig-cell").stream().filter(n -> trialId.equals(n.getUserData()))
                .map(VBox.class::cast).findFirst().orElseThrow();
    }

    private static List<String> texts(Node node, String styleClass) {
        return node.lookupAll("." + styleClass).stream().map(n -> ((Label) n).getText()).toList();
    }

    private static String flowText(FxRobot robot) {
        TextFlow flow = robot.lookup("#eligibilitySourceText").query();
        return flow.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }

    private static String boldSpan(FxRobot robot) {
        TextFlow flow = robot.lookup("#eligibilitySourceText").query();
        return flow.getChildren().stream().filter(n -> n.getStyleClass().contains("elig-span"))
                .map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }

    @Test
    void comparesCreatinineInOneRowFiltersAndExplainsTheSelectedCell(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.state().compare(List.of(EligibilityTrials.creatinineInMicromoles(),
                EligibilityTrials.creatinineInMilligrams())));
        waitUntil(() -> rowLabels(robot).contains("serum creatinine (exclusion)"));

        assertThat(robot.lookup("#eligibilityPanel .column-trial-id").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly(RENAL_UMOL, RENAL_MG);
        assertThat(rowLabels(robot).stream().filter(l -> l.contains("creatinine"))).hasSize(1);
        VBox umol = cell(robot, "serum creatinine (exclusion)", RENAL_UMOL);
        VBox mg = cell(robot, "serum creatinine (exclusion)", RENAL_MG);
        assertThat(texts(umol, "elig-entry-text")).containsExactly("> 1.36 mg/dL (120 µmol/L)");
        assertThat(texts(mg, "elig-entry-text")).containsExactly("≥ 2 mg/dL");
        assertThat(texts(umol, "elig-verdict")).containsExactly("stricter");
        assertThat(texts(mg, "elig-verdict")).containsExactly("looser");
        assertThat(umol.getStyleClass()).contains("differs", "verdict-strictest");

        robot.clickOn("#eligibilityDiffersOnly");
        assertThat(robot.lookup("#eligibilityDiffersOnly").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(rowLabels(robot)).doesNotContain("Sex", "Healthy volunteers")
                .contains("Minimum age", "serum creatinine (exclusion)", "NCT00000102 E2");

        robot.clickOn("#eligibilitySearch").write("creat");
        assertThat(rowLabels(robot)).containsExactly("serum creatinine (exclusion)");
        assertThat(robot.lookup("#eligibilityRowCount").queryAs(Label.class).getText()).startsWith("1 of ");

        robot.clickOn(cell(robot, "serum creatinine (exclusion)", RENAL_UMOL).lookup(".elig-entry-text"));
        assertThat(window.state().selectedTargetProperty().get()).isEqualTo(new SelectedTarget(RENAL_UMOL, "criterion:E1"));
        assertThat(robot.lookup("#eligibilityDetail .elig-detail-heading").queryAs(Label.class).getText())
                .isEqualTo(RENAL_UMOL + " · E1 · serum creatinine (exclusion)");
        assertThat(flowText(robot)).isEqualTo("Renal impairment: serum creatinine > 120 µmol/L at screening");
        assertThat(boldSpan(robot)).isEqualTo("serum creatinine > 120 µmol/L");
        assertThat(cell(robot, "serum creatinine (exclusion)", RENAL_UMOL).getPseudoClassStates())
                .contains(EligibilityCellView.SELECTED);
    }

    @Test
    void aThresholdCellCarriesItsSourceTextAsTooltipAndFlagsAsBadges(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.state().compare(List.of(EligibilityTrials.creatinineInMicromoles(),
                EligibilityTrials.creatinineInImplausibleUnit())));
        waitUntil(() -> rowLabels(robot).contains("serum creatinine (exclusion)"));

        VBox mmol = cell(robot, "serum creatinine (exclusion)", EligibilityTrials.RENAL_MMOL);
        assertThat(texts(mmol, "elig-entry-text")).containsExactly("> 120 mmol/L");
        assertThat(texts(mmol, "elig-badge")).containsExactly("⚠ unit implausible — µmol/L?");
        assertThat(texts(mmol, "elig-verdict")).isEmpty();
        robot.moveTo(mmol);
        Tooltip tip = (Tooltip) mmol.getProperties().get("javafx.scene.control.Tooltip");
        assertThat(tip.getText()).isEqualTo("E1: Kidney involvement: serum creatinine above 120 mmol/L");

        robot.clickOn(mmol);
        assertThat(robot.lookup("#eligibilityDetail .elig-detail-flag").queryAs(Label.class).getText())
                .startsWith("⚠ unit implausible — µmol/L?: The unit as written");
    }

    @Test
    void clickingOrEnterOnADemographicCellSelectsTheFieldAndAnEmptyCellSelectsNothing(FxRobot robot) throws TimeoutException {
        robot.interact(() -> window.state().compare(List.of(EligibilityTrials.creatinineInMicromoles(),
                EligibilityTrials.creatinineInMilligrams())));
        waitUntil(() -> rowLabels(robot).contains("Minimum age"));

        robot.clickOn(cell(robot, "Minimum age", RENAL_MG));
        assertThat(window.state().selectedTargetProperty().get())
                .isEqualTo(new SelectedTarget(RENAL_MG, "field:eligibility.minimumAge"));

        robot.interact(() -> cell(robot, "Sex", RENAL_UMOL).requestFocus());
        robot.type(KeyCode.ENTER);
        assertThat(window.state().selectedTargetProperty().get())
                .isEqualTo(new SelectedTarget(RENAL_UMOL, "field:eligibility.sex"));

        robot.clickOn("#eligibilitySearch").write("breastfeeding");
        robot.clickOn(cell(robot, "NCT00000102 E2", RENAL_UMOL));
        assertThat(window.state().selectedTargetProperty().get()).isNull();
        assertThat(texts(robot.lookup("#eligibilityDetail").query(), "elig-detail-line"))
                .contains("Read: " + RENAL_UMOL + " states nothing for this row.");
    }
}
