package org.trialworkbench.ui.reread;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.trialworkbench.app.Workbench;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.Trial;
import org.trialworkbench.service.RereadService;
import org.trialworkbench.service.RereadUseCase;
import org.trialworkbench.store.H2Store;
import org.trialworkbench.ui.FxTaskRunner;
import org.trialworkbench.ui.MainWindow;
import org.trialworkbench.ui.SeedWorkbench;
import org.trialworkbench.ui.UiContext;

/**
 * File → Read all trials again… through the real window on the real services over a store in a
 * temporary folder whose NCT trial was stored by an "older reader".
 */
@ExtendWith(ApplicationExtension.class)
class UiRereadTest {
    private static final String NCT = SeedWorkbench.NCT;
    private static final String JRCT = SeedWorkbench.JRCT;
    private static final String OLD = " (older reading)";

    @TempDir
    Path dir;

    private Workbench workbench;
    private MainWindow window;
    /** Holds the run after its first trial until the test has seen the progress. */
    private final CountDownLatch firstTrialSeen = new CountDownLatch(1);

    @AfterEach
    void closeAll(FxRobot robot) {
        firstTrialSeen.countDown();
        if (window != null) {
            robot.interact(() -> window.stage().close());
            window.shutdown();
        }
        if (workbench != null) {
            workbench.close();
        }
    }

    /** Seeds imported, then the NCT trial's first criterion stored as an older reader read it. */
    private String storeWithAnOldReading() throws Exception {
        try (Workbench seeded = Workbench.open(dir.resolve("store"))) {
            SeedWorkbench.importSeeds(seeded);
        }
        try (H2Store store = H2Store.open(dir.resolve("store"))) {
            Trial today = store.load(NCT).orElseThrow();
            Criterion first = today.eligibility().criteria().get(0);
            List<Criterion> criteria = today.eligibility().criteria().stream()
                    .map(c -> c == first ? new Criterion(c.key(), c.kind(), c.text() + OLD, List.of(), c.kindInferred()) : c)
                    .toList();
            store.write(tx -> tx.saveTrial(today.toBuilder().eligibility(today.eligibility().withCriteria(criteria)).build()));
            return first.text();
        }
    }

    private void openWindow(FxRobot robot) throws TimeoutException {
        openWindow(robot, false);
    }

    /** {@code ungated}: the window gets the real use case as it is (readings-outdated check included). */
    private void openWindow(FxRobot robot, boolean ungated) throws TimeoutException {
        workbench = Workbench.open(dir.resolve("store"));
        RereadUseCase real = workbench.rereading();
        RereadUseCase gated = (progress, token) -> real.rereadAll((done, total) -> {
            progress.trialDone(done, total);
            if (done == 1) {
                await(firstTrialSeen);
            }
        }, token);
        UiContext context = SeedWorkbench.context(workbench, dir.resolve("settings.json"))
                .withRereading(ungated ? real : gated);
        robot.interact(() -> window = MainWindow.create(context, new Stage(), new FxTaskRunner()));
        robot.interact(() -> window.state().compare(context.catalog().loadAll(List.of(NCT, JRCT))));
        waitUntil(() -> window.state().comparedIds().equals(List.of(NCT, JRCT)));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new TimeoutException("status: " + (window == null ? "-" : window.state().statusProperty().get()));
        }
    }

    /** Read on the FX thread: the compared trials are replaced there while the test thread polls. */
    private String firstComparedCriterion() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.state().comparedTrials().stream()
                .filter(t -> t.id().equals(NCT)).findFirst().orElseThrow()
                .eligibility().criteria().get(0).text()).get(10, TimeUnit.SECONDS);
    }

    private static String statusText(FxRobot robot) {
        return robot.lookup("#statusLabel").queryLabeled().getText();
    }

    private void chooseMenuAndConfirm(FxRobot robot) throws TimeoutException {
        robot.clickOn("File").clickOn("Read all trials again…");
        waitUntil(() -> robot.lookup("#rereadConfirmPane").tryQuery().isPresent());
        DialogPane confirm = robot.lookup("#rereadConfirmPane").queryAs(DialogPane.class);
        assertThat(confirm.getContentText()).contains("notes and corrections are kept");
        Node ok = confirm.lookupButton(ButtonType.OK);
        robot.clickOn(ok);
    }

    @Test
    void theMenuReadsEveryTrialAgainWithProgressAndTellsTheResult(FxRobot robot) throws Exception {
        String todaysText = storeWithAnOldReading();
        openWindow(robot);
        assertThat(firstComparedCriterion()).endsWith(OLD);

        chooseMenuAndConfirm(robot);

        waitUntil(() -> robot.lookup("#progressText").queryLabeled().getText().equals("Reading trials again: 1 of 2"));
        assertThat(robot.lookup("#workBox").query().isVisible()).isTrue();
        firstTrialSeen.countDown();
        waitUntil(() -> robot.lookup("#rereadResultPane").tryQuery().isPresent());
        String line = "2 trials read again: 1 changed, 1 unchanged, 0 kept as stored (could not be re-read)";
        assertThat(robot.lookup("#rereadResultPane").queryAs(DialogPane.class).getHeaderText()).isEqualTo(line);
        waitUntil(() -> firstComparedCriterion().equals(todaysText));
        assertThat(statusText(robot)).isEqualTo(line);
        assertThat(robot.lookup("#workBox").query().isVisible()).isFalse();
        assertThat(window.state().comparedIds()).containsExactly(NCT, JRCT);
    }

    @Test
    void cancelInTheStatusBarStopsAfterTheCurrentTrial(FxRobot robot) throws Exception {
        storeWithAnOldReading();
        openWindow(robot);

        chooseMenuAndConfirm(robot);
        waitUntil(() -> robot.lookup("#progressText").queryLabeled().getText().equals("Reading trials again: 1 of 2"));
        robot.clickOn("#cancelButton");
        firstTrialSeen.countDown();

        waitUntil(() -> statusText(robot).endsWith("cancelled after 1 of 2"));
        assertThat(statusText(robot)).startsWith("1 trial read again: ");
        assertThat(robot.lookup("#workBox").query().isVisible()).isFalse();
    }

    @Test
    void aStoreReadByAnEarlierVersionOffersToReadItsTrialsAgainUntilItIsDone(FxRobot robot) throws Exception {
        String todaysText = storeWithAnOldReading();
        try (H2Store store = H2Store.open(dir.resolve("store"))) {
            store.write(tx -> tx.putSetting(RereadService.READERS_VERSION, "1")); // an earlier version's readers
        }
        openWindow(robot, true);
        waitUntil(() -> robot.lookup("#rereadOfferBar").query().isVisible());

        robot.clickOn("#rereadOfferButton");
        waitUntil(() -> robot.lookup("#rereadResultPane").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#rereadResultPane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        waitUntil(() -> !robot.lookup("#rereadOfferBar").query().isVisible());
        waitUntil(() -> firstComparedCriterion().equals(todaysText));
    }

    @Test
    void aStoreReadByTheseReadersMakesNoOffer(FxRobot robot) throws Exception {
        storeWithAnOldReading(); // imported into a new store: read by these readers
        openWindow(robot, true);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500); // the check runs in the background
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#rereadOfferBar").query().isVisible()).isFalse();
    }
}
