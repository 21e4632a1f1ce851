package org.trialworkbench.ui.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trialworkbench.ui.cohorts.CohortTrials.ESCALATION;
import static org.trialworkbench.ui.cohorts.CohortTrials.MG_KG;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trialworkbench.service.ExportFormat;
import org.trialworkbench.ui.FakeCatalog;
import org.trialworkbench.ui.FakeExporter;
import org.trialworkbench.ui.FakeImporter;
import org.trialworkbench.ui.MainWindow;
import org.trialworkbench.ui.SameThreadTaskRunner;
import org.trialworkbench.ui.SelectedTarget;
import org.trialworkbench.ui.UiContext;

/** The Dose cohorts tab in the real window (headless Monocle), two trials compared. */
@ExtendWith(ApplicationExtension.class)
class UiDoseCohortsPanelTest {
    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage ignored) {
        FakeCatalog catalog = new FakeCatalog(CohortTrials.cellEscalation(), CohortTrials.mgPerKg(),
                CohortTrials.parallelEscalations());
        UiContext context = new UiContext(catalog, new FakeImporter(catalog, List.of(), List.of()),
                new FakeExporter(Set.of(ExportFormat.JSON)), dir.resolve("settings-" + System.nanoTime() + ".json"),
                "test", "/tmp/store");
        window = MainWindow.create(context, new Stage(), new SameThreadTaskRunner());
        // Monocle's headless screen is 1280×800: a larger window overflows its frame buffer.
        window.stage().setWidth(1280);
        window.stage().setHeight(800);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.stage().close());
        window.shutdown();
    }

    private void compareAndOpenTab(FxRobot robot) {
        robot.interact(() -> window.state().compare(List.of(CohortTrials.cellEscalation(), CohortTrials.mgPerKg())));
        robot.clickOn("Dose cohorts");
    }

    @Test
    void bothTrialsHaveTheirTableAndTheChartShowsEachUnitSeparately(FxRobot robot) {
        compareAndOpenTab(robot);
        assertThat(robot.lookup("#cohortTables").tryQuery()).isPresent();
        TableView<CohortRow> cells = robot.lookup("#cohorts-" + ESCALATION).queryTableView();
        TableView<CohortRow> mg = robot.lookup("#cohorts-" + MG_KG).queryTableView();
        assertThat(cells.getItems()).extracting(CohortRow::participants).containsExactly("1–3 (n=3)", "4–7 (n=4)",
                "8–10 (n=3)");
        assertThat(mg.getItems()).extracting(CohortRow::dose).containsExactly("0.3 mg/kg", "1 mg/kg",
                "as written: 2-3 mg/kg");
        assertThat(robot.lookup("#cohortChart").tryQuery()).isPresent();
        List<LineChart<?, ?>> charts = robot.lookup("#cohortChart .dose-chart").queryAllAs(LineChart.class).stream()
                .<LineChart<?, ?>>map(c -> c).toList();
        assertThat(charts).extracting(Node::getUserData).containsExactly("cells/kg", "mg/kg");
        assertThat(charts.get(0).getData()).hasSize(2); // per administration and cumulative of the cell trial
        Label note = robot.lookup("#cohortChart .separation-note").query();
        assertThat(note.getText()).isEqualTo("cells/kg and mg/kg cannot share an axis: shown separately");
    }

    @Test
    void cellsOfACohortRowReadWholeLongGatesIncluded(FxRobot robot) {
        compareAndOpenTab(robot);
        // C2's gate "no adverse events after 4 weeks of the last infusion" and the 3+3 rule of the mg/kg
        // trial take several lines of their narrow column: the rows are as tall as that, nothing is cut.
        for (String table : List.of("#cohorts-" + ESCALATION, "#cohorts-" + MG_KG)) {
            List<String> shown = robot.lookup(table + " .table-row-cell .table-cell > .text").queryAllAs(Text.class)
                    .stream().map(Text::getText).filter(t -> !t.isBlank()).toList();
            assertThat(shown).as(table).isNotEmpty().noneMatch(t -> t.endsWith("...") || t.endsWith("…"));
        }
        TableView<CohortRow> cells = robot.lookup("#cohorts-" + ESCALATION).queryTableView();
        assertThat(cells.getFixedCellSize()).as("rows grew past two lines").isGreaterThan(RowHeights.forLines(RowHeights.MIN_LINES));
    }

    @Test
    void clickingARowSelectsThatCohort(FxRobot robot) {
        compareAndOpenTab(robot);
        Node secondRow = robot.lookup("#cohorts-" + ESCALATION + " .table-row-cell").nth(1).query();
        robot.clickOn(secondRow);
        assertThat(window.state().selectedTargetProperty().get())
                .isEqualTo(new SelectedTarget(ESCALATION, "cohort:C2"));
        Node firstMgRow = robot.lookup("#cohorts-" + MG_KG + " .table-row-cell").nth(0).query();
        robot.clickOn(firstMgRow);
        assertThat(window.state().selectedTargetProperty().get()).isEqualTo(new SelectedTarget(MG_KG, "cohort:C1"));
        TableView<CohortRow> cells = robot.lookup("#cohorts-" + ESCALATION).queryTableView();
        assertThat(cells.getSelectionModel().getSelectedItem()).isNull(); // one selection across the tables
    }

    @Test
    void removingATrialFromTheComparisonRemovesItsTable(FxRobot robot) {
        compareAndOpenTab(robot);
        robot.interact(() -> window.state().removeFromComparison(MG_KG));
        assertThat(robot.lookup("#cohorts-" + MG_KG).tryQuery()).isEmpty();
        assertThat(robot.lookup("#cohortChart .dose-chart").queryAll()).hasSize(1);
        assertThat(robot.lookup("#cohortChart .separation-note").tryQuery()).isEmpty();
    }

    @Test
    void squeezedColumnsKeepTheirTitlesWordsWhole(FxRobot robot) {
        // Three trials, one with the extra Escalation column, in the 1280-pixel window: the tables are
        // squeezed, but no column gets narrower than its title's longest word ("Escalatio|n" before).
        robot.interact(() -> window.state().compare(List.of(CohortTrials.parallelEscalations(),
                CohortTrials.cellEscalation(), CohortTrials.mgPerKg())));
        robot.clickOn("Dose cohorts");
        List<TableView<?>> tables = robot.lookup(".trial-cohorts .table-view").queryAllAs(TableView.class).stream()
                .<TableView<?>>map(t -> t).toList();
        assertThat(tables).isNotEmpty();
        assertThat(tables.get(0).getColumns()).extracting(c -> c.getGraphic() instanceof Label l ? l.getText() : "")
                .contains("Escalation");
        for (TableView<?> table : tables) {
            for (var column : table.getColumns()) {
                if (column.isVisible() && column.getGraphic() instanceof Label title) {
                    // the title wraps inside its label: the label must hold the longest word whole
                    assertThat(title.getWidth()).as(title.getText())
                            .isGreaterThanOrEqualTo(TextColumns.longestWordWidth(title.getText()));
                }
            }
        }
    }
}
