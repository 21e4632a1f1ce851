package org.trialworkbench.ui.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.trialworkbench.app.Workbench;
import org.trialworkbench.ui.FxTaskRunner;
import org.trialworkbench.ui.MainWindow;
import org.trialworkbench.ui.SeedWorkbench;

/**
 * The comparison in the real window over a real store: NCT00962923 (seeds 000 + 001)
 * against jRCTc071190041 (seed 003). The shared parameters line up in one row each, both trials
 * stated there, creatinine in one unit; "Only rows that differ" hides the rows that agree.
 */
@ExtendWith(ApplicationExtension.class)
class UiSeedEligibilityTest {
    private static final List<String> SHARED = List.of("mRSS", "ESR", "Hb", "LVEF", "mPAP", "DLCO", "serum creatinine");

    @TempDir
    Path dir;
    private Workbench workbench;
    private MainWindow window;

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        workbench = Workbench.open(dir.resolve("store"));
        SeedWorkbench.importSeeds(workbench);
        var context = SeedWorkbench.context(workbench, dir.resolve("settings.json"));
        robot.interact(() -> {
            window = MainWindow.create(context, new Stage(), new FxTaskRunner());
            window.stage().setWidth(1200);
            window.stage().setHeight(800);
            window.state().compare(context.catalog().loadAll(List.of(SeedWorkbench.NCT, SeedWorkbench.JRCT)));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !rowLabels(robot).isEmpty());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> window.stage().close());
        window.shutdown();
        workbench.close();
    }

    private static List<String> rowLabels(FxRobot robot) {
        return robot.lookup("#eligibilityGrid .elig-row-label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    /** The rows in view whose label starts with "{parameter} (", after searching for the parameter. */
    private static List<Node> rowsOf(FxRobot robot, String parameter) throws Exception {
        robot.interact(() -> robot.lookup("#eligibilitySearch").queryTextInputControl().setText(parameter));
        WaitForAsyncUtils.waitForFxEvents(); // the filter applies on the FX thread; the list lays out the rows
        return robot.lookup("#eligibilityGrid .elig-row-label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith(parameter + " ("))
                .map(l -> l.getParent().getParent()).map(Node.class::cast).toList();
    }

    @Test
    void theSharedParametersLineUpInOneRowPerKindWithBothTrialsStated(FxRobot robot) throws Exception {
        for (String parameter : SHARED) {
            List<Node> rows = rowsOf(robot, parameter);
            assertThat(rows).as(parameter).isNotEmpty();
            assertThat(rows.stream().map(r -> ((Label) r.lookup(".elig-row-label")).getText()))
                    .as(parameter + ": one row per kind").doesNotHaveDuplicates();
            assertThat(rows).as(parameter + ": some row where both trials state a limit")
                    .anySatisfy(r -> assertThat(r.lookupAll(".elig-cell")).hasSize(2)
                            .noneMatch(c -> c.lookup(".elig-not-stated") != null));
        }
        List<Node> creatinine = rowsOf(robot, "serum creatinine");
        assertThat(creatinine).hasSize(1);
        assertThat(((Label) creatinine.get(0).lookup(".elig-row-note")).getText()).contains("in mg/dL");
    }

    @Test
    void onlyRowsThatDifferHidesTheRowsWhereBothTrialsAgree(FxRobot robot) throws Exception {
        assertThat(rowLabels(robot)).contains("Sex");
        robot.clickOn("#eligibilityDiffersOnly");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !rowLabels(robot).contains("Sex"));
        assertThat(rowLabels(robot)).contains("Minimum age", "Maximum age");
        robot.clickOn("#eligibilityDiffersOnly");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rowLabels(robot).contains("Sex"));
    }
}
