package org.trialworkbench.ui.trialview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trialworkbench.service.SourceInfo;
import org.trialworkbench.ui.FxTaskRunner;

/** The trial view's main path (headless Monocle) over a fake service and real background threads. */
@ExtendWith(ApplicationExtension.class)
class UiTrialViewTest {
    private FakeMaintenance service;
    private TrialViewModel model;
    private final List<String> questions = new ArrayList<>();
    private final AtomicInteger storeChanges = new AtomicInteger();
    private boolean answer = true;

    @Start
    void start(Stage stage) {
        service = new FakeMaintenance();
        model = new TrialViewModel(service, new FxTaskRunner(), storeChanges::incrementAndGet);
        TrialViewPane pane = new TrialViewPane(model, q -> {
            questions.add(q);
            return answer;
        });
        Scene scene = new Scene(pane, 1000, 640);
        scene.getStylesheets().add(getClass().getResource("/org/trialworkbench/ui/trialview/trialview.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void open(FxRobot robot, String id) throws TimeoutException {
        robot.interact(() -> model.load(id));
        waitUntil(() -> model.trialProperty().get() != null && model.trialProperty().get().id().equals(id)
                && !model.busyProperty().get());
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().filter(Node::isVisible).map(Label::getText).toList();
    }

    private ListView<SourceInfo> sources(FxRobot robot) {
        return robot.lookup("#sourcesList").queryListView();
    }

    @Test
    void showsTheSourcesAndBothValuesWhereTheyDisagreeTheShownOneFirstAndMarked(FxRobot robot) throws TimeoutException {
        open(robot, "NCT01000001");
        assertThat(robot.lookup("#trialView").tryQuery()).isPresent();
        assertThat(robot.lookup("#trialViewId").queryLabeled().getText()).isEqualTo("NCT01000001");
        assertThat(sources(robot).getItems()).extracting(SourceInfo::format).containsExactly("ctgov-json", "aggregator-text");
        assertThat(texts(robot, "#sourcesList .source-name")).containsExactly(
                "[1] ctgov-json · NCT01000001.json", "[2] aggregator-text · page.txt");

        assertThat(texts(robot, "#conflictsList .conflict-field")).containsExactly("Enrollment");
        assertThat(texts(robot, "#conflictsList .conflict-value-shown")).containsExactly("60 (ESTIMATED)");
        assertThat(texts(robot, "#conflictsList .conflict-value")).containsExactly("80");
        assertThat(texts(robot, "#conflictsList .shown-tag")).containsExactly("shown");
        assertThat(texts(robot, "#conflictsList .source-label")).containsExactly("[1] ctgov-json", "[2] aggregator-text");

        assertThat(texts(robot, "#fieldsGrid .field-value-conflicting")).singleElement()
                .satisfies(t -> assertThat(t).startsWith("60 (estimated)").contains("sources disagree"));
        assertThat(texts(robot, "#fieldsGrid .source-label")).contains("[1] ctgov-json\n[2] aggregator-text");
        // The local look-alike is offered from this side too.
        assertThat(texts(robot, "#mergeOffer .merge-offer-text")).containsExactly(FakeMaintenance.LOCAL_ID
                + " has no registry id and the same official title as this trial. Merge?");
    }

    @Test
    void splitAsksFirstThenCallsTheServiceInTheBackgroundAndShowsWhatRemains(FxRobot robot) throws TimeoutException {
        open(robot, "NCT01000001");
        assertThat(robot.lookup("#splitSourceButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("[2] aggregator-text · page.txt");
        assertThat(robot.lookup("#splitSourceButton").queryButton().isDisabled()).isFalse();

        robot.clickOn("#splitSourceButton");

        assertThat(questions).singleElement().satisfies(q -> assertThat(q).contains("page.txt", "NCT01000001"));
        waitUntil(() -> sources(robot).getItems().size() == 1);
        assertThat(service.splits).containsExactly("NCT01000001 " + "b".repeat(64));
        assertThat(storeChanges.get()).isEqualTo(1);
        assertThat(robot.lookup("#trialViewMessage").queryLabeled().getText())
                .contains("page.txt is now trial NCT01000002");
        assertThat(model.conflicts()).isEmpty();
        assertThat(robot.lookup("#splitSourceButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void aDeclinedConfirmationSplitsNothingAndARefusalIsShownAsTheServiceWordsIt(FxRobot robot) throws TimeoutException {
        open(robot, "NCT01000001");
        robot.clickOn("[2] aggregator-text · page.txt");
        answer = false;
        robot.clickOn("#splitSourceButton");
        assertThat(service.splits).isEmpty();

        answer = true;
        service.refuseSplitWith = "Not split: page.txt names NCT01000001 itself.";
        robot.clickOn("#splitSourceButton");
        waitUntil(() -> !model.busyProperty().get() && !service.splits.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#trialViewMessage").queryLabeled().getText())
                .isEqualTo("Not split: page.txt names NCT01000001 itself.");
        assertThat(sources(robot).getItems()).hasSize(2);
        assertThat(storeChanges.get()).isZero();
    }

    @Test
    void aLocalRecordIsOfferedTheMergeAndMergedOnlyWhenTheReviewerSaysSo(FxRobot robot) throws TimeoutException {
        open(robot, FakeMaintenance.LOCAL_ID);
        assertThat(robot.lookup("#mergeOffer").query().isVisible()).isTrue();
        assertThat(texts(robot, "#mergeOffer .merge-offer-text")).containsExactly(
                "This record has no registry id; NCT01000001 has the same official title. Merge?");
        assertThat(service.merges).isEmpty();

        robot.clickOn("#mergeButton");

        waitUntil(() -> model.trialProperty().get().id().equals("NCT01000001") && !model.busyProperty().get());
        assertThat(service.merges).containsExactly(FakeMaintenance.LOCAL_ID + " + NCT01000001");
        assertThat(sources(robot).getItems()).hasSize(3);
        assertThat(robot.lookup("#mergeOffer").query().isVisible()).isFalse();
        assertThat(storeChanges.get()).isEqualTo(1);
    }

    @Test
    void keepApartDeclinesTheOffer(FxRobot robot) throws TimeoutException {
        open(robot, FakeMaintenance.LOCAL_ID);
        robot.clickOn("#keepApartButton");
        waitUntil(() -> !service.merges.isEmpty() && !model.busyProperty().get());
        assertThat(service.merges).containsExactly(FakeMaintenance.LOCAL_ID + " apart from NCT01000001");
    }
}
