package org.trialworkbench.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.Recurrence;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.TimeUnit;
import org.trialworkbench.model.Trial;
import org.trialworkbench.service.CompareService;
import org.trialworkbench.ui.SameThreadTaskRunner;
import org.trialworkbench.ui.SelectedTarget;

class OutcomeSchedulePanelViewModelTest {
    private static final double YEAR = 365.25;

    private final ObservableList<Trial> compared = FXCollections.observableArrayList(
            ScheduleTrials.monthly(), ScheduleTrials.twoYears());
    private final ObjectProperty<SelectedTarget> target = new SimpleObjectProperty<>();
    private final OutcomeSchedulePanelViewModel model = new OutcomeSchedulePanelViewModel(compared,
            new CompareService(), new SameThreadTaskRunner(), target);

    private ScheduleRowItem row(String trialId, String key) {
        return model.lanes().stream().filter(l -> l.trialId().equals(trialId)).flatMap(l -> l.rows().stream())
                .filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<Double> xs(ScheduleRowItem row) {
        return row.markers().stream().map(ScheduleMarker::x).toList();
    }

    @Test
    void oneLanePerTrialWithRowsPrimaryThenSecondaryThenOther() {
        assertThat(model.lanes()).extracting(TrialLane::trialId).containsExactly(ScheduleTrials.MONTHLY, ScheduleTrials.LONG);
        assertThat(model.lanes().get(0).rows()).extracting(ScheduleRowItem::rowId).containsExactly(
                "NCT01000011:P1", "NCT01000011:S1", "NCT01000011:S2", "NCT01000011:O1");
        assertThat(model.lanes().get(0).title()).isEqualTo("Monthly visits for a year");
        assertThat(row(ScheduleTrials.MONTHLY, "P1").shortMeasure()).isEqualTo("Blood pressure change from baseline");
    }

    @Test
    void sharedAxisRunsToTheLongestHorizonAndPerTrialAxesToEachOwn() {
        assertThat(model.sharedAxisProperty().get()).isTrue();
        assertThat(model.lanes()).extracting(TrialLane::axisEndDays).containsExactly(2 * YEAR, 2 * YEAR);
        model.sharedAxisProperty().set(false);
        assertThat(model.lanes()).extracting(TrialLane::axisEndDays).containsExactly(YEAR, 2 * YEAR);
    }

    @Test
    void monthlyRecurrenceToTwelveMonthsGivesTwelveDiamondsOnTheSquareRootScale() {
        ScheduleRowItem p1 = row(ScheduleTrials.MONTHLY, "P1");
        assertThat(p1.markers()).hasSize(12).allMatch(ScheduleMarker::recurring);
        // Shared axis of two years: month k sits at sqrt(k / 24).
        List<Double> expectedShared = IntStream.rangeClosed(1, 12).mapToObj(k -> Math.sqrt(k / 24.0)).toList();
        assertThat(xs(p1)).zipSatisfy(expectedShared, (x, e) -> assertThat(x).isCloseTo(e, within(1e-9)));

        model.sharedAxisProperty().set(false);
        List<Double> ownAxis = xs(row(ScheduleTrials.MONTHLY, "P1"));
        assertThat(ownAxis.get(0)).isCloseTo(Math.sqrt(1 / 12.0), within(1e-9));
        assertThat(ownAxis.get(11)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aTwelveMonthTimePointIsOneCircleHalfwayUpTheSquareRootOfATwoYearAxis() {
        ScheduleRowItem s1 = row(ScheduleTrials.MONTHLY, "S1");
        assertThat(s1.markers()).singleElement().satisfies(m -> {
            assertThat(m.recurring()).isFalse();
            assertThat(m.day()).isCloseTo(YEAR, within(1e-9));
            assertThat(m.x()).isCloseTo(Math.sqrt(0.5), within(1e-9));
            assertThat(m.label()).isEqualTo("Month 12");
        });
        assertThat(s1.recurrence()).isNull();
        assertThat(s1.scheduleInWords()).containsExactly("Time point: 12 months (“Month 12”)");
        assertThat(s1.readState()).isEqualTo(ReadState.READ);
    }

    @Test
    void aRecurrenceLineRunsToItsStatedEndOrDashedToTheTrialHorizon() {
        ScheduleRowItem stated = row(ScheduleTrials.MONTHLY, "P1");
        assertThat(stated.recurrence().endStated()).isTrue();
        assertThat(stated.recurrence().fromX()).isCloseTo(Math.sqrt(1 / 24.0), within(1e-9));
        assertThat(stated.recurrence().toX()).isCloseTo(Math.sqrt(0.5), within(1e-9));
        assertThat(stated.scheduleInWords()).containsExactly("Recurrence: every 1 month (“Monthly”) until 12 months");

        ScheduleRowItem open = row(ScheduleTrials.LONG, "S1");
        assertThat(open.recurrence().endStated()).isFalse();
        assertThat(open.recurrence().toX()).isCloseTo(1.0, within(1e-9));
        assertThat(open.markers()).hasSize(8);
        assertThat(open.scheduleInWords()).containsExactly(
                "Recurrence: every 3 months (“every three months”) until 2 years (the trial horizon; no end stated)");
    }

    @Test
    void anOpenRecurrenceInATrialThatStatesNoEndIsSaidToRunToTheAxisDefaultNotToAStatedHorizon() {
        Trial open = Trial.builder().id("NCT01000033").briefTitle("Monthly, no end")
                .addOutcome(new Outcome("P1", OutcomeKind.PRIMARY, "Skin score", null, "monthly", new Schedule(List.of(),
                        new Recurrence(new Offset(1, TimeUnit.MONTH, "monthly"), null), List.of())))
                .build();
        compared.setAll(open);
        ScheduleRowItem p1 = row("NCT01000033", "P1");
        assertThat(p1.scheduleInWords()).containsExactly("Recurrence: every 1 month (“monthly”), no end stated; "
                + "drawn to 1 year, the axis' default length (the trial states no later time)");
        assertThat(p1.recurrence().endStated()).isFalse();
        assertThat(p1.markers()).hasSize(12);
    }

    @Test
    void unreadTimeFramesAreMarkedAndNeverDrawnAsGuesses() {
        ScheduleRowItem partly = row(ScheduleTrials.MONTHLY, "S2");
        assertThat(partly.readState()).isEqualTo(ReadState.PARTLY_UNREAD);
        assertThat(partly.markers()).extracting(ScheduleMarker::x).containsExactly(0.0);
        assertThat(partly.unreadParts()).containsExactly("end of study");
        assertThat(partly.scheduleInWords()).containsExactly("Time point: 0 days (“Baseline”)");

        ScheduleRowItem notRead = row(ScheduleTrials.MONTHLY, "O1");
        assertThat(notRead.readState()).isEqualTo(ReadState.NOT_READ);
        assertThat(notRead.markers()).isEmpty();
        assertThat(notRead.recurrence()).isNull();
        assertThat(notRead.timeFrame()).isEqualTo("until disease progression");

        assertThat(row(ScheduleTrials.LONG, "S2").readState()).isEqualTo(ReadState.NO_TIME_FRAME);
        assertThat(ReadState.NO_TIME_FRAME.warns()).isFalse();
        // A schedule holding only unread text was not read at all, not "partly".
        var onlyUnread = new org.trialworkbench.model.comparison.OutcomeScheduleRow("S6",
                org.trialworkbench.model.OutcomeKind.SECONDARY, "Overall survival", "From randomization till the date of death",
                new org.trialworkbench.model.Schedule(List.of(), null, List.of("From randomization till the date of death")),
                List.of());
        assertThat(ScheduleRowItems.readState(onlyUnread)).isEqualTo(ReadState.NOT_READ);
        assertThat(ReadState.NOT_READ.warns()).isTrue();
    }

    @Test
    void filterKeepsRowsWhoseMeasureOrTimeFrameContainTheTextInAnyCase() {
        model.filterProperty().set("MONTH");
        assertThat(model.lanes().get(0).rows()).extracting(ScheduleRowItem::key).containsExactly("P1", "S1");
        assertThat(model.lanes().get(1).rows()).extracting(ScheduleRowItem::key).containsExactly("S1");
        assertThat(model.lanes().get(0).totalRows()).isEqualTo(4);

        model.filterProperty().set("  albumin ");
        assertThat(model.lanes().get(0).rows()).isEmpty();
        assertThat(model.lanes().get(0).emptyNote()).isEqualTo("No outcome of this trial matches “albumin”.");
        assertThat(model.lanes().get(1).emptyNote()).isEmpty();
        assertThat(model.lanes().get(1).rows()).extracting(ScheduleRowItem::rowId).containsExactly("NCT01000022:S1");

        model.filterProperty().set("");
        assertThat(model.lanes()).extracting(l -> l.rows().size()).containsExactly(4, 3);
    }

    @Test
    void selectingARowPublishesItsOutcomeAsTheSelectedTarget() {
        model.select(row(ScheduleTrials.LONG, "P1"));
        assertThat(target.get()).isEqualTo(new SelectedTarget(ScheduleTrials.LONG, "outcome:P1"));
        assertThat(model.selectedRowProperty().get().rowId()).isEqualTo("NCT01000022:P1");
    }

    @Test
    void arrowStepsMoveTheSelectionThroughTheShownRowsAcrossTrials() {
        model.moveSelection(1);
        assertThat(target.get()).isEqualTo(new SelectedTarget(ScheduleTrials.MONTHLY, "outcome:P1"));
        model.moveSelection(-1);
        assertThat(model.selectedRowProperty().get().rowId()).isEqualTo("NCT01000011:P1");
        model.filterProperty().set("s");
        model.moveSelection(1);
        assertThat(model.selectedRowProperty().get().rowId()).as("S1 is filtered out").isEqualTo("NCT01000011:S2");
        model.select(row(ScheduleTrials.MONTHLY, "O1"));
        model.moveSelection(1);
        assertThat(model.selectedRowProperty().get().rowId()).isEqualTo("NCT01000022:P1");
        model.moveSelection(5);
        assertThat(model.selectedRowProperty().get().rowId()).isEqualTo("NCT01000022:S2");
    }

    @Test
    void theSelectionFollowsTheAxisModeAndAnOutcomeSelectedElsewhere() {
        model.select(row(ScheduleTrials.MONTHLY, "S1"));
        model.sharedAxisProperty().set(false);
        assertThat(model.selectedRowProperty().get().markers().get(0).x()).isCloseTo(1.0, within(1e-9));

        target.set(new SelectedTarget(ScheduleTrials.LONG, "outcome:S1"));
        assertThat(model.selectedRowProperty().get().rowId()).isEqualTo("NCT01000022:S1");
        target.set(new SelectedTarget(ScheduleTrials.LONG, "criterion:I1"));
        assertThat(model.selectedRowProperty().get().rowId()).isEqualTo("NCT01000022:S1");
    }

    @Test
    void removingATrialRecomputesAndDropsItsSelectedRow() {
        model.select(row(ScheduleTrials.LONG, "P1"));
        compared.remove(1);
        assertThat(model.lanes()).extracting(TrialLane::trialId).containsExactly(ScheduleTrials.MONTHLY);
        assertThat(model.lanes().get(0).axisEndDays()).isEqualTo(YEAR);
        assertThat(model.selectedRowProperty().get()).isNull();
        compared.clear();
        assertThat(model.lanes()).isEmpty();
        assertThat(model.comparisonProperty().get()).isNull();
    }

    @Test
    void anOutdatedComparisonFinishingLastDoesNotReplaceTheNewerOne() {
        ManualTaskRunner runner = new ManualTaskRunner();
        ObservableList<Trial> trials = FXCollections.observableArrayList(ScheduleTrials.monthly());
        OutcomeSchedulePanelViewModel slow = new OutcomeSchedulePanelViewModel(trials, new CompareService(), runner,
                new SimpleObjectProperty<>());
        trials.add(ScheduleTrials.twoYears());
        assertThat(slow.computingProperty().get()).isTrue();
        assertThat(runner.pending()).isEqualTo(2);
        runner.finish(1);
        runner.finish(0);
        assertThat(slow.lanes()).extracting(TrialLane::trialId).containsExactly(ScheduleTrials.MONTHLY, ScheduleTrials.LONG);
        assertThat(slow.computingProperty().get()).isFalse();
    }

    @Test
    void aFailedComparisonIsReportedNotShownAsEmptySchedules() {
        OutcomeSchedulePanelViewModel failing = new OutcomeSchedulePanelViewModel(compared, trials -> {
            throw new IllegalStateException("no axis");
        }, new SameThreadTaskRunner(), target);
        assertThat(failing.lanes()).isEmpty();
        assertThat(failing.problemProperty().get()).contains("could not be lined up").contains("no axis");
    }

    @Test
    void hostileSchedulesStayOnTheAxis() {
        Trial hostile = Trial.builder().id("NCT09999999").briefTitle("Hostile")
                .addOutcome(new Outcome("P1", OutcomeKind.PRIMARY, "Glucose", null, "hourly for 5 years",
                        new Schedule(List.of(), new Recurrence(new Offset(1, TimeUnit.HOUR, null),
                                new Offset(5, TimeUnit.YEAR, null)), List.of())))
                .addOutcome(new Outcome("S1", OutcomeKind.SECONDARY, "Screening labs", null, "Day -7 and day 7000",
                        new Schedule(List.of(new Offset(-7, TimeUnit.DAY, "Screening"), new Offset(7000, TimeUnit.DAY, null)),
                                null, List.of())))
                .addOutcome(new Outcome("S2", OutcomeKind.SECONDARY, "Blank", null, "   ", null))
                .build();
        compared.setAll(hostile);
        ScheduleRowItem hourly = row("NCT09999999", "P1");
        assertThat(hourly.markers()).hasSize(500).allSatisfy(m -> assertThat(m.x()).isBetween(0.0, 1.0));
        ScheduleRowItem outside = row("NCT09999999", "S1");
        assertThat(outside.markers()).extracting(ScheduleMarker::x).containsExactly(0.0, 1.0);
        assertThat(outside.markers().get(0).day()).isEqualTo(-7.0);
        assertThat(ScheduleWords.day(outside.markers().get(0).day())).isEqualTo("day -7");
        assertThat(row("NCT09999999", "S2").readState()).isEqualTo(ReadState.NO_TIME_FRAME);
    }

    @Test
    void timesAfterAnotherEventAreNamedWithTheirEventAndNotDrawn() {
        // As NCT04710303 states it: "30 days and 6 months post final vaccine administration".
        String event = "final vaccine administration";
        Trial vaccine = Trial.builder().id("NCT09999998").briefTitle("Vaccine")
                .addOutcome(new Outcome("P1", OutcomeKind.PRIMARY, "Solicited AEs", null, "30 days and 6 months post " + event,
                        new Schedule(List.of(new Offset(30, TimeUnit.DAY, "30 days post " + event, event),
                                new Offset(6, TimeUnit.MONTH, "6 months post " + event, event)), null, List.of())))
                .build();
        compared.setAll(vaccine);
        ScheduleRowItem p1 = row("NCT09999998", "P1");
        assertThat(p1.markers()).isEmpty();
        assertThat(p1.readState()).isEqualTo(ReadState.READ);
        assertThat(p1.anchoredTimes()).containsExactly("30 days after " + event, "6 months after " + event);
        assertThat(p1.scheduleInWords()).containsExactly("Time points: 30 days after " + event + " (“30 days post " + event
                + "”), 6 months after " + event + " (“6 months post " + event + "”)");
    }

    @Test
    void ticksAreTheScaleLandmarksWithinTheAxisPlusItsEndWhenNoLandmarkIsThere() {
        assertThat(OutcomeSchedulePanelViewModel.ticks(YEAR)).extracting(AxisTick::label)
                .containsExactly("0", "1 wk", "4 wk", "3 mo", "6 mo", "1 y");
        assertThat(OutcomeSchedulePanelViewModel.ticks(2 * YEAR)).extracting(AxisTick::label).endsWith("1 y", "2 y");
        List<AxisTick> eighteenMonths = OutcomeSchedulePanelViewModel.ticks(1.5 * YEAR);
        assertThat(eighteenMonths).extracting(AxisTick::label).endsWith("1 y", "1.5 y");
        assertThat(eighteenMonths.get(eighteenMonths.size() - 1).x()).isEqualTo(1.0);
        assertThat(OutcomeSchedulePanelViewModel.ticks(YEAR).get(3).x()).isCloseTo(0.5, within(1e-9));
    }
}
